export function median(values: readonly number[]): number;
export function medianInterval(values: readonly number[], z?: number): [number, number] | null;
export function roundOrder<T>(kinds: readonly T[], i: number): T[];
export function round(value: number, digits?: number): number;

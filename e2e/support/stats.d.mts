export function median(values: readonly number[]): number;
export function medianInterval(values: readonly number[], z?: number): [number, number] | null;
export function round(value: number, digits?: number): number;

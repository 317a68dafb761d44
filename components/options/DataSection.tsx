/** Placeholder until its issue lands; renders nothing. */
export function DataSection() {
  return null;
}

/** Placeholder until its issue lands; renders nothing. */
export function TemplatesSection() {
  return null;
}

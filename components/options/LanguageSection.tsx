/** Placeholder until its issue lands; renders nothing. */
export function LanguageSection() {
  return null;
}

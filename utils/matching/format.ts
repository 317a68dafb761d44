import type { Lang } from './types';

const AND: Readonly<Record<Lang, string>> = { en: 'and', de: 'und' };

/** "A", "A and B", "A, B and C" (German: "und"); no serial comma, as both languages usually write it. */
export function joinList(items: readonly string[], lang: Lang): string {
  const parts = items.filter((s) => s.length > 0);
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} ${AND[lang]} ${parts[parts.length - 1]}`;
}

/** Like joinList, but at most `max` items and then "and 2 more" / "und 2 weitere". */
export function joinListWithMore(items: readonly string[], lang: Lang, max: number): string {
  if (items.length <= max) return joinList(items, lang);
  const rest = items.length - max;
  const more = lang === 'de' ? `${rest} weitere` : `${rest} more`;
  return joinList([...items.slice(0, max), more], lang);
}

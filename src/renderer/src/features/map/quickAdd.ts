/**
 * Quick add syntax for keyboard-only workshops: "Name @cat" picks the category whose id or label starts
 * with "cat" (e.g. "Youth club @you", "Café Utopia @bus"); without "@" the palette's category is used.
 */
import { STAKEHOLDER_CATEGORIES } from '../../../../shared/domain/stakeholders';

export function parseQuickAdd(input: string, fallback: string, lang: 'en' | 'fr'): { name: string; category: string } {
  const m = /^(.*?)\s+@(\S.*)$/u.exec(input.trim());
  if (!m) return { name: input.trim(), category: fallback };
  const wanted = m[2]!.trim().toLocaleLowerCase();
  const found = STAKEHOLDER_CATEGORIES.find((c) => c.id.startsWith(wanted) || c.label[lang].toLocaleLowerCase().startsWith(wanted) || c.label.en.toLocaleLowerCase().startsWith(wanted));
  // An unknown category is kept as a custom one: the user typed it on purpose.
  return { name: m[1]!.trim(), category: found?.id ?? m[2]!.trim() };
}

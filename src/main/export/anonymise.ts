/**
 * Anonymised exports: every person's name and contact detail is replaced, organisations are kept.
 * Structured fields are replaced where they are read (collect.ts); this scrubber then runs over every
 * free text the user typed, replacing each known person string and anything shaped like an e-mail
 * address or phone number.
 */

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
/** International numbers (+31 10 …, 0031 …) and local ones (010 123 4567, 06-12345678). */
const PHONE = /(?:\+|\b00)\d[\d\s().-]{6,}\d|\b0\d{1,3}[\s-]?\d{3}[\s-]?\d{3,4}\b|\b06-?\d{8}\b/g;
const TITLES = /^(?:(?:dr|prof|professor|mr|mrs|ms|mx|m|mme|mlle|me|ir|drs|mevr|dhr|mayor|deputy mayor|inspector|councillor|alderman|imam|rabbi|father|reverend|rev|sister)\.?\s+)+/i;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface Scrubber {
  (text: string): string;
  /** The person strings it replaces (for tests). */
  readonly terms: readonly string[];
}

/** Variants of a person's name worth replacing: as written, without a title, and the surname alone. */
function variants(name: string, keep: (word: string) => boolean): string[] {
  const trimmed = name.trim();
  if (trimmed.length < 2) return [];
  const noTitle = trimmed.replace(TITLES, '');
  const words = noTitle.split(/\s+/).filter(Boolean);
  const out = [trimmed, noTitle];
  // The surname alone ("Dr. Haddad said…"); short tokens are skipped so common words survive.
  const surname = words[words.length - 1]!;
  if (words.length > 1 && Array.from(surname).length >= 4 && !keep(surname)) out.push(surname);
  return out;
}

export function makeScrubber(people: Iterable<string>, contacts: Iterable<string>, labels: { name: string; contact: string }, keepNames: readonly string[] = []): Scrubber {
  const kept = keepNames.map((k) => k.toLocaleLowerCase());
  const keep = (word: string) => kept.some((k) => k.includes(word.toLocaleLowerCase()));
  const terms = new Set<string>();
  for (const p of people) for (const v of variants(p, keep)) terms.add(v);
  const contactTerms = [...contacts].map((c) => c.trim()).filter((c) => c.length >= 3);
  // Longest first, so "Amira Haddad" goes before "Haddad".
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  const nameRe = sorted.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
  const contactRe = contactTerms.length ? new RegExp(contactTerms.sort((a, b) => b.length - a.length).map(escapeRe).join('|'), 'giu') : null;
  const scrub = ((text: string) => {
    if (!text) return text;
    let out = text;
    if (contactRe) out = out.replace(contactRe, labels.contact);
    out = out.replace(EMAIL, labels.contact).replace(PHONE, labels.contact);
    if (nameRe) out = out.replace(nameRe, labels.name);
    return out;
  }) as Scrubber;
  Object.defineProperty(scrub, 'terms', { value: sorted });
  return scrub;
}

/** Applies a string function to every string inside a plain value (objects, arrays), returning a copy. */
export function deepMapStrings<T>(value: T, fn: (s: string) => string): T {
  if (typeof value === 'string') return fn(value) as T;
  if (Array.isArray(value)) return value.map((v) => deepMapStrings(v, fn)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, deepMapStrings(v, fn)])) as T;
  }
  return value;
}

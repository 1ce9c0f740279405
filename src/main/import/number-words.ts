/**
 * Numbers written as words, in English and French, cardinal and ordinal, 1–199: reports write ranks
 * as "17th" or "seventeenth" / "17e" or "dix-septième" (domain.md §1.7). The report generator in
 * test/ uses the same functions, so what it writes is what the parser reads.
 */
const EN_UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_ORD: Record<string, string> = { one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth' };

export function enCardinal(n: number): string {
  if (n >= 100) return n === 100 ? 'one hundred' : `one hundred and ${enCardinal(n - 100)}`;
  if (n < 20) return EN_UNITS[n]!;
  const t = EN_TENS[Math.floor(n / 10)]!;
  return n % 10 ? `${t}-${EN_UNITS[n % 10]}` : t;
}

export function enOrdinal(n: number): string {
  const words = enCardinal(n);
  const m = /^(.*?)([a-z]+)$/.exec(words)!;
  const last = m[2]!;
  const ord = EN_ORD[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return m[1] + ord;
}

const FR_UNITS = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
const FR_TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

export function frCardinal(n: number): string {
  if (n >= 100) return n === 100 ? 'cent' : `cent ${frCardinal(n - 100)}`;
  if (n < 20) return FR_UNITS[n]!;
  if (n < 70) {
    const t = FR_TENS[Math.floor(n / 10)]!;
    const u = n % 10;
    return u === 0 ? t : u === 1 ? `${t} et un` : `${t}-${FR_UNITS[u]}`;
  }
  if (n < 80) return n === 71 ? 'soixante et onze' : `soixante-${FR_UNITS[n - 60]}`;
  if (n === 80) return 'quatre-vingts';
  return `quatre-vingt-${FR_UNITS[n - 80]}`;
}

export function frOrdinal(n: number): string {
  if (n === 1) return 'premier';
  const words = frCardinal(n);
  if (words.endsWith('cinq')) return `${words}uième`;
  if (words.endsWith('neuf')) return `${words.slice(0, -1)}vième`;
  if (words.endsWith('quatre-vingts')) return `${words.slice(0, -1)}ième`;
  if (words.endsWith('e')) return `${words.slice(0, -1)}ième`;
  return `${words}ième`;
}

const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ');

const CARDINALS = new Map<string, number>();
const ORDINALS = new Map<string, number>();
for (let n = 1; n < 200; n++) {
  CARDINALS.set(fold(enCardinal(n)), n);
  CARDINALS.set(fold(frCardinal(n)), n);
  ORDINALS.set(fold(enOrdinal(n)), n);
  ORDINALS.set(fold(frOrdinal(n)), n);
}
ORDINALS.set('premiere', 1);
ORDINALS.set('second', 2);
ORDINALS.set('seconde', 2);
CARDINALS.set('une', 1);

export const cardinalWord = (w: string): number | null => CARDINALS.get(fold(w)) ?? null;
export const ordinalWord = (w: string): number | null => ORDINALS.get(fold(w)) ?? null;

/** A regex alternation of every word form, longest first, for building patterns. */
const alternation = (keys: Iterable<string>) =>
  [...keys]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[-\s]/g, '[-\\s]').replace(/e/g, '[eéèê]'))
    .join('|');
export const ORDINAL_WORDS_PATTERN = alternation(ORDINALS.keys());
export const CARDINAL_WORDS_PATTERN = alternation(CARDINALS.keys());

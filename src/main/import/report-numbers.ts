/**
 * Rates in a sentence: "70%", "70 %", "44 out of 100", "56 sur 100", "(56 %)". Digits glued to a word
 * are footnote markers ("rate2", "cities1") and are not numbers. Which number is the city's and which
 * the sample's is decided by the words around it ("the city sample's 56%", "against 52 for the sample").
 */
export interface FoundNumber {
  value: number;
  unit: 'percent' | 'points' | null;
  index: number;
  end: number;
}

const NUMBER = /(?<![\p{L}\d%.,])(\d{1,3}(?:[.,]\d{1,2})?)(?![\d])(\s*(?:%|per ?cent\b|pour ?cent\b|out of 100\b|sur 100\b|points?\b))?(?![\p{L}\d])/gu;

export function numbersIn(text: string): FoundNumber[] {
  const out: FoundNumber[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const raw = m[2]?.trim().toLowerCase() ?? '';
    const unit = !raw ? null : raw.includes('%') || raw.includes('cent') ? 'percent' : 'points';
    out.push({ value: Number(m[1]!.replace(',', '.')), unit, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

const SAMPLE_BEFORE = /(?:sample|average|moyenne|[ée]chantillon)[^.]{0,30}$/i;
const SAMPLE_AFTER = /^\s*(?:\)|,)?\s*(?:en moyenne\s+)?(?:for|pour|of|de|in|dans)\s+(?:the\s+|l['’]\s*|la\s+)?(?:city\s+)?(?:sample|[ée]chantillon)/i;

/** The city's and the sample's rate in a sentence; numbers with a unit are preferred over bare ones. */
export function splitCitySample(text: string): { city: FoundNumber | null; sample: FoundNumber | null } {
  const all = numbersIn(text);
  const withUnit = all.filter((n) => n.unit);
  const cands = withUnit.length >= 2 ? withUnit : withUnit.length === 1 ? [withUnit[0]!, ...all.filter((n) => n.index > withUnit[0]!.index && !n.unit)].slice(0, 2) : [];
  if (!cands.length) return { city: null, sample: null };
  const isSample = (n: FoundNumber) => {
    const prev = all.filter((o) => o.end <= n.index).pop();
    const before = text.slice(prev ? prev.end : 0, n.index).slice(-40);
    return SAMPLE_BEFORE.test(before) || SAMPLE_AFTER.test(text.slice(n.end, n.end + 45));
  };
  const sample = cands.find(isSample) ?? null;
  const city = cands.find((n) => n !== sample && !isSample(n)) ?? (cands[0] !== sample ? cands[0]! : null);
  const fallbackSample = sample ?? cands.find((n) => n !== city) ?? null;
  return { city, sample: fallbackSample };
}

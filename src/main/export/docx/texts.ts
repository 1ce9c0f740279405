import { strategyDoc as en } from '../../../shared/i18n/en/strategy-doc';
import { strategyDoc as fr } from '../../../shared/i18n/fr/strategy-doc';
import type { Language } from '../../../shared/contract/common';

export type DocTexts = typeof en;
export const docTexts = (lang: Language): DocTexts => (lang === 'fr' ? fr : en);

/** Fills {{name}} slots; a missing value leaves the slot empty rather than printing braces. */
export const fill = (template: string, vars: Record<string, string | number | null | undefined> = {}): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => (vars[key] === null || vars[key] === undefined ? '' : String(vars[key])));

const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

/** 2027-03-15 -> "15 March 2027" / "15 mars 2027"; 2027-03 -> "March 2027"; 2027 -> "2027". */
export function formatDate(iso: string | null | undefined, lang: Language): string {
  if (!iso) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const month = mo ? MONTHS[lang][Number(mo) - 1] : undefined;
  if (!month) return y!;
  return d ? `${Number(d)} ${month} ${y}` : `${lang === 'fr' ? month : month} ${y}`;
}

export const formatRange = (a: string | null | undefined, b: string | null | undefined, lang: Language): string => {
  const fa = formatDate(a, lang);
  const fb = formatDate(b, lang);
  if (fa && fb) return fa === fb ? fa : `${fa} – ${fb}`;
  return fa || fb;
};

export const formatNumber = (n: number | null | undefined, lang: Language, digits = 0): string =>
  n === null || n === undefined ? '–' : n.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: digits });

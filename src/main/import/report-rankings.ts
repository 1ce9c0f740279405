/**
 * Ranking statements (domain.md §1.7): "is positioned 17th among the 93 cities in the sample",
 * "is ranked twenty-third out of the 152 cities", "9th among cities with more than 200,000 inhabitants
 * (out of 47), being ahead of Bergen, Dortmund and Lisbon", "se classe 41e parmi les 70 villes",
 * "occupe la première place", "se place au troisième rang (sur cinquante-cinq)".
 */
import type { Ranking, RankingGroup } from '../../shared/domain/index-report';
import { cardinalWord, CARDINAL_WORDS_PATTERN, ordinalWord, ORDINAL_WORDS_PATTERN } from './number-words';
import type { Sentence } from './report-text';

const ORDINAL = new RegExp(`(?<![\\p{L}\\d])(?:(\\d{1,4})(?:st|nd|rd|th|er|re|ère|ème|eme|e)|(${ORDINAL_WORDS_PATTERN}))(?![\\p{L}\\d])`, 'giu');
const COUNT = `(\\d{1,4}|${CARDINAL_WORDS_PATTERN})`;
const CUE = /\b(?:among|out of|positioned|ranked|ranks|ranking|place[ds]?|position)\b|parmi|sur les|se classe|se place|\brang\b|occupe/i;
const GROUP_WORD = /cities|villes|sample|[ée]chantillon|inhabitants|habitants|foreign|[ée]trang/i;

const LABELS: [RankingGroup, RegExp][] = [
  ['foreign_born', /((?:cities|villes)\s+(?:with|comptant|ayant|de)\s+(?:more|less|fewer|plus|moins)\s+(?:than|de)\s+[\d\s\u202f\u00a0,.]+%?\s*(?:of\s+)?(?:de\s+)?(?:foreign-born residents|residents born abroad|foreign-born|r[ée]sidents n[ée]s [àa] l['’][ée]tranger|r[ée]sidents d['’]origine [ée]trang[èe]re))/i],
  ['population', /((?:cities|villes)\s+(?:with|de|comptant|ayant)\s+(?:(?:more|less|fewer|plus|moins)\s+(?:than|de)\s+|populations? (?:between|of)\s+)[\d\s\u202f\u00a0,.and]+\s*(?:inhabitants|habitants|residents))/i],
  ['all', /((?:cities|villes)\s+(?:in the sample|de l['’][ée]chantillon))/i],
];

const toNumber = (s: string): number | null => (/^\d+$/.test(s) ? Number(s) : cardinalWord(s));

export function findRankings(sentences: Sentence[]): Ranking[] {
  const out: Ranking[] = [];
  for (const s of sentences) {
    if (!CUE.test(s.text) || !GROUP_WORD.test(s.text)) continue;
    const ords = [...s.text.matchAll(ORDINAL)];
    ords.forEach((m, i) => {
      const rank = m[1] ? Number(m[1]) : ordinalWord(m[2]!);
      if (!rank) return;
      const prevEnd = i > 0 ? ords[i - 1]!.index! + ords[i - 1]![0].length : 0;
      const nextStart = i + 1 < ords.length ? ords[i + 1]!.index! : s.text.length;
      const after = s.text.slice(m.index!, nextStart);
      const before = s.text.slice(prevEnd, m.index!);
      if (!CUE.test(after) && !CUE.test(before)) return;
      let group: RankingGroup | null = null;
      let label = '';
      for (const part of [after, before]) {
        for (const [g, re] of LABELS) {
          const l = re.exec(part);
          if (l) {
            group = g;
            label = l[1]!.replace(/[\s,.]+$/, '').replace(/\s+/g, ' ');
            break;
          }
        }
        if (group) break;
      }
      if (!group && /(?:cities|villes)\b/i.test(after)) group = 'all';
      if (!group || out.some((r) => r.group === group)) return;
      const ofRe = group === 'all' ? new RegExp(`(?:among|out of|of|parmi|sur)\\s+(?:the\\s+|les\\s+)?${COUNT}\\s+(?:cities|villes)`, 'iu') : new RegExp(`\\((?:out of|of|sur)\\s+${COUNT}\\)`, 'iu');
      const ofM = ofRe.exec(after) ?? ofRe.exec(before);
      const ahead = /(?:ahead of|devant)\s+([^.;()]+)/i.exec(after);
      out.push({
        group,
        label: label || (group === 'all' ? 'cities in the sample' : ''),
        rank,
        of: ofM ? toNumber(ofM[1]!) : null,
        aheadOf: ahead ? ahead[1]!.split(/\s*,\s*|\s+(?:and|et)\s+/).map((n) => n.trim()).filter(Boolean).slice(0, 20) : [],
        page: s.pageAt(m.index!),
        evidence: s.text,
      });
    });
  }
  return out;
}

import { INDICATORS } from '../../../shared/domain/indicators';
import type { PrioritySuggestion } from '../../../shared/domain/strategy';
import { readLatestIndex, readPassages } from '../../export/sources';
import type { VisitHandle } from '../visit-library';
import { getStrategy } from './index';

const indicatorName = (id: string, lang: 'en' | 'fr') => INDICATORS.find((i) => i.id === id)?.name[lang] ?? id;

const TEXT = {
  en: {
    gapTitle: (n: string) => `Strengthen ${n.toLowerCase()}`,
    gapBody: (city: number, sample: number) => `The Index scores the city at ${city} against a sample average of ${sample} (${city - sample} points).`,
    findTitle: (n: string) => `Act on what we heard about ${n.toLowerCase()}`,
    findBody: (k: number) => `${k} weaknesses or recommendations were coded in the interviews for this area.`,
  },
  fr: {
    gapTitle: (n: string) => `Renforcer : ${n.toLowerCase()}`,
    gapBody: (city: number, sample: number) => `L’Index attribue à la ville ${city} contre une moyenne de l’échantillon de ${sample} (${city - sample} points).`,
    findTitle: (n: string) => `Donner suite aux entretiens : ${n.toLowerCase()}`,
    findBody: (k: number) => `${k} faiblesses ou recommandations ont été codées dans les entretiens pour ce domaine.`,
  },
};

/**
 * Proposals for strategic priorities: the largest shortfalls of the latest Index report against the sample
 * and the policy areas where interviews coded most weaknesses and recommendations. Only proposals; the
 * user picks, and the UI then calls strategy.addPriority.
 */
export function suggestPriorities(handle: VisitHandle, lang: 'en' | 'fr', limit = 6): PrioritySuggestion[] {
  const t = TEXT[lang];
  const taken = getStrategy(handle).priorities;
  const isTaken = (source: string, id: string) => taken.some((p) => p.source === source && p.indicatorIds.includes(id));
  const out: PrioritySuggestion[] = [];

  const report = readLatestIndex(handle);
  if (report) {
    const gaps = report.indicators
      .flatMap((i) => (i.city !== null && i.sample !== null && i.city < i.sample ? [{ id: i.id, city: i.city, sample: i.sample }] : []))
      .sort((a, b) => a.city - a.sample - (b.city - b.sample))
      .slice(0, limit);
    for (const g of gaps) {
      const name = indicatorName(g.id, lang);
      out.push({ key: `gap:${g.id}`, source: 'index_gap', title: t.gapTitle(name), description: t.gapBody(g.city, g.sample), indicatorIds: [g.id], weight: g.city - g.sample, taken: isTaken('index_gap', g.id) });
    }
  }

  const passages = readPassages(handle);
  if (passages) {
    const counts = new Map<string, number>();
    for (const p of passages) {
      if (p.code !== 'weakness' && p.code !== 'recommendation' && p.code !== 'threat') continue;
      for (const area of p.policyAreas) counts.set(area, (counts.get(area) ?? 0) + 1);
    }
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .forEach(([id, k]) => {
        const name = indicatorName(id, lang);
        out.push({ key: `finding:${id}`, source: 'finding', title: t.findTitle(name), description: t.findBody(k), indicatorIds: [id], weight: k, taken: isTaken('finding', id) });
      });
  }
  return out;
}

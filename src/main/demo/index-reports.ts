/**
 * Demo seed step: Lindenhaven's two (fictional) ICC Index reports — the original Index in 2016 and the
 * revised Index in 2022 — so the dashboard shows gaps, rankings and progress over time. The report
 * generator in test/fixtures uses the same figures, so the demo matches the generated PDFs.
 */
import { emptyDraft, type IndexReportDraft } from '../../shared/domain/index-report';
import { indicatorsOf } from '../../shared/domain/indicators';
import { saveReport } from '../services/index-reports';
import type { VisitLibrary } from '../services/visit-library';
import type { Clock } from '../util/clock';

export const LINDENHAVEN_2022 = {
  reportDate: '2022-06-14',
  sampleSize: 152,
  aggregate: { city: 68, sample: 61 },
  rates: [
    [85, 72], [78, 63], [64, 58], [49, 55], [44, 52], [81, 69], [72, 60], [58, 58], [67, 54],
    [39, 51], [88, 70], [61, 57], [70, 59], [83, 66], [47, 62], [56, 60], [74, 58],
  ] as [number, number][],
  pages: [5, 6, 8, 9, 11, 13, 14, 16, 18, 19, 21, 22, 24, 26, 27, 29, 30],
};

export const LINDENHAVEN_2016 = {
  reportDate: '2016-10',
  sampleSize: 80,
  aggregate: { city: 59, sample: 57 },
  rates: [
    [70, 66], [62, 61], [55, 57], [41, 48], [38, 45], [74, 65], [60, 58], [50, 50], [58, 49],
    [33, 47], [79, 66], [52, 55], [61, 53], [45, 40],
  ] as [number, number][],
  pages: [4, 6, 7, 9, 11, 14, 15, 18, 19, 21, 23, 24, 26, 28],
};

const cmp = (c: number, s: number) => (c > s ? 'higher than' : c < s ? 'lower than' : 'equal to');

function demoDraft(generation: 'v1' | 'v2', data: typeof LINDENHAVEN_2022): IndexReportDraft {
  const unit = generation === 'v2' ? ' out of 100' : '%';
  const d = emptyDraft(generation, 'Lindenhaven');
  d.reportDate = data.reportDate;
  d.sampleSize = data.sampleSize;
  d.unit = generation === 'v2' ? 'points_of_100' : 'percent';
  d.aggregate = { ...data.aggregate };
  d.source = { kind: 'json', fileName: `lindenhaven-icc-index-${data.reportDate.slice(0, 4)}.json`, sha256: null, pageCount: generation === 'v2' ? 34 : 32 };
  d.indicators = indicatorsOf(generation).map((ind, i) => {
    const [city, sample] = data.rates[i]!;
    return { id: ind.id, city, sample, page: data.pages[i]!, evidence: `Lindenhaven’s ${ind.name.en.toLowerCase()} achievement rate is ${city}${unit}, ${cmp(city, sample)} the city sample’s ${sample}${unit}.` };
  });
  const aggPage = generation === 'v2' ? 4 : 3;
  const allSentence = `Lindenhaven is positioned ${generation === 'v2' ? '23rd' : '31st'} among the ${data.sampleSize} cities in the sample, with an aggregate intercultural city index of ${data.aggregate.city}${unit}, compared with ${data.aggregate.sample}${unit} for the city sample.`;
  d.evidence = {
    city: { page: 1, text: generation === 'v2' ? 'LINDENHAVEN INDEX ANALYSIS' : 'Lindenhaven: Results of the Intercultural Cities Index' },
    reportDate: { page: 1, text: generation === 'v2' ? 'Published on 14 June 2022' : 'October, 2016' },
    sampleSize: { page: 2, text: `${data.sampleSize} cities had used the Index` },
    aggregate: { page: aggPage, text: allSentence },
  };
  d.rankings =
    generation === 'v2'
      ? [
          { group: 'all', label: 'cities in the sample', rank: 23, of: 152, aheadOf: [], page: aggPage, evidence: allSentence },
          { group: 'population', label: 'cities with more than 200,000 inhabitants', rank: 9, of: 47, aheadOf: ['Bergen', 'Dortmund', 'Lisbon'], page: aggPage, evidence: 'Lindenhaven is 9th among cities with more than 200,000 inhabitants (out of 47), being ahead of Bergen, Dortmund and Lisbon.' },
          { group: 'foreign_born', label: 'cities with more than 15% of foreign-born residents', rank: 12, of: null, aheadOf: ['Rotterdam', 'Munich'], page: aggPage, evidence: 'Among cities with more than 15% of foreign-born residents, Lindenhaven is positioned 12th, being ahead of Rotterdam and Munich.' },
        ]
      : [
          { group: 'all', label: 'cities in the sample', rank: 31, of: 80, aheadOf: [], page: aggPage, evidence: allSentence },
          { group: 'population', label: 'cities with more than 200,000 inhabitants', rank: 14, of: 38, aheadOf: ['Lublin', 'Strasbourg'], page: aggPage, evidence: 'Lindenhaven is 14th among cities with more than 200,000 inhabitants (out of 38), being ahead of Lublin and Strasbourg.' },
          { group: 'foreign_born', label: 'cities with more than 15% of foreign-born residents', rank: 17, of: 42, aheadOf: [], page: aggPage, evidence: 'Among cities with more than 15% of foreign-born residents, Lindenhaven is positioned seventeenth (out of forty-two).' },
        ];
  return d;
}

export function seedIndexReports(visitId: string, library: VisitLibrary, clock: Clock): void {
  const handle = library.get(visitId);
  saveReport(handle, demoDraft('v1', LINDENHAVEN_2016), clock);
  saveReport(handle, demoDraft('v2', LINDENHAVEN_2022), clock);
}

/**
 * Reads an ICC Index report (both generations, English and French; domain.md §1–2) from its lines:
 * city, date, sample size, aggregate, the city and sample rate of every indicator, and the rankings.
 * Every value keeps its page and sentence. What is not found stays null and is flagged, never guessed.
 */
import { emptyDraft, type IndexReportDraft, type Ranking, type ReportWarning } from '../../shared/domain/index-report';
import { checkReport } from '../../shared/domain/index-report-checks';
import { indicatorsOf, type IndexGeneration } from '../../shared/domain/indicators';
import { AppError } from '../util/errors';
import type { Line } from './pdf-layout';
import { readReportText, type Sentence } from './report-text';
import { findRankings } from './report-rankings';
import { numbersIn, splitCitySample } from './report-numbers';
import { fold } from './report-text';

const MONTHS: Record<string, number> = {};
['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].forEach((m, i) => (MONTHS[m] = i + 1));
['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'].forEach((m, i) => (MONTHS[m] = i + 1));
const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)';

export const NO_TEXT_MESSAGE = {
  en: 'This PDF has no text layer: it is probably a scanned report. Enter the values by hand (Index › Enter by hand), with the PDF open beside you.',
  fr: 'Ce PDF n’a pas de couche de texte : c’est probablement un rapport numérisé. Saisissez les valeurs à la main (Index › Saisir à la main), le PDF ouvert à côté.',
};
export const NOT_A_REPORT_MESSAGE = {
  en: 'This PDF does not look like an ICC Index report: no Index title and no indicator sections were found. Check that you chose the right file, or enter the values by hand.',
  fr: 'Ce PDF ne ressemble pas à un rapport de l’Indice ICC : ni titre d’Index ni sections d’indicateurs n’y ont été trouvés. Vérifiez que vous avez choisi le bon fichier, ou saisissez les valeurs à la main.',
};

const isoDate = (day: string | undefined, month: string, year: string): string | null => {
  const m = MONTHS[fold(month)];
  if (!m) return null;
  const mm = String(m).padStart(2, '0');
  const d = day ? Number(day.replace(/\D/g, '')) : 0;
  return d >= 1 && d <= 31 ? `${year}-${mm}-${String(d).padStart(2, '0')}` : `${year}-${mm}`;
};

function detectGeneration(allLines: Line[], text: string): IndexGeneration | null {
  const early = allLines.filter((l) => l.page <= 3).map((l) => l.text);
  if (early.some((t) => /INDEX ANALYSIS|ANALYSE DE L['’]INDICE/.test(t))) return 'v2';
  if (/Results of the Intercultural Cit(?:ies|y) Index|R[ée]sultats de l['’]Indice/i.test(text)) return 'v1';
  const heads = new Set(allLines.filter((l) => !/\p{Ll}/u.test(l.text)).map((l) => fold(l.text.replace(/^\d+\.\s*/, ''))));
  const v2Only = ['anti discrimination', 'participation', 'interaction', 'leadership and citizenship', 'lutte contre les discriminations'].filter((h) => heads.has(h)).length;
  const common = ['commitment', 'education', 'neighbourhoods', 'public services', 'engagement', 'quartiers', 'services publics'].filter((h) => heads.has(h)).length;
  if (v2Only >= 2) return 'v2';
  if (common >= 3) return 'v1';
  return null;
}

/** The city name as written in the body (the cover of revised reports has it in capitals). */
function properCase(name: string, text: string): string {
  if (/\p{Ll}/u.test(name)) return name.trim();
  const escaped = name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const counts = new Map<string, number>();
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'giu'))) if (/\p{Ll}/u.test(m[0])) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : name.trim();
}

export function parseReportLines(pages: Line[][], source: { fileName: string; sha256: string }): IndexReportDraft {
  const allLines = pages.flat();
  const rawText = allLines.map((l) => l.text).join('\n');
  if (rawText.replace(/\s/g, '').length < 200) throw new AppError('unsupported_file', NO_TEXT_MESSAGE);
  const generation = detectGeneration(allLines, rawText);
  if (!generation) throw new AppError('unsupported_file', NOT_A_REPORT_MESSAGE);

  const draft = emptyDraft(generation);
  draft.source = { kind: 'pdf', fileName: source.fileName, sha256: source.sha256, pageCount: pages.length };
  const notes: ReportWarning[] = [];
  const cover = allLines.filter((l) => l.page <= 2);
  const coverText = cover.map((l) => l.text).join(' ');

  // City: "<City>: Results of the Intercultural Cities Index" (v1) or "<CITY> INDEX ANALYSIS" (v2).
  const v1Title = new RegExp(`(?:^|\\n)([^\\n:]{2,80}?)\\s*:\\s*(?:Results of the Intercultural|R[ée]sultats de l['’]Indice)`, 'iu').exec(rawText);
  const v2Title = cover.map((l) => /^(?!ICC\b)(.+?)\s+INDEX ANALYSIS$/.exec(l.text)?.[1] ?? /^ANALYSE DE L['’]INDICE (?:DE |D['’])(.+)$/.exec(l.text)?.[1]).find(Boolean);
  const cityRaw = generation === 'v2' ? (v2Title ?? v1Title?.[1]) : (v1Title?.[1] ?? v2Title);
  if (cityRaw) {
    draft.city = properCase(cityRaw, rawText);
    draft.evidence.city = { page: allLines.find((l) => l.text.includes(cityRaw))?.page ?? 1, text: allLines.find((l) => l.text.includes(cityRaw))?.text ?? cityRaw };
  }

  // Date: "Date: 10 January 2011", "October, 2017", "Published on 27 August 2020", "Publié le 3 mai 2021".
  const dateRes = [
    new RegExp(`(?:Published on|Publi[ée] le|Date\\s*:)\\s*(\\d{1,2}(?:er)?\\s+)?${MONTH_RE},?\\s+(\\d{4})`, 'iu'),
    new RegExp(`(?:^|\\s)(\\d{1,2}\\s+)?${MONTH_RE},?\\s+((?:19|20)\\d{2})`, 'iu'),
  ];
  for (const re of dateRes) {
    const m = re.exec(coverText);
    if (m) {
      draft.reportDate = isoDate(m[1], m[2]!, m[3]!);
      draft.evidence.reportDate = { page: cover.find((l) => l.text.includes(m[2]!))?.page ?? 1, text: m[0].trim() };
      break;
    }
  }

  const { headings, sentences } = readReportText(pages, generation);

  // Sample size: title "A comparison between (more than) N cities"; body "As of today N cities have…" or
  // (v2) "N of them … had used the Index". The exact body count wins over a "more than" title.
  const title = /(?:A comparison between|Une comparaison entre)\s+(more than\s+|plus de\s+)?(\d{1,4})\s+(?:cities|villes)/i.exec(coverText);
  if (title) {
    draft.sampleSize = Number(title[2]);
    draft.sampleSizeQualifier = title[1] ? 'more_than' : 'exact';
    draft.evidence.sampleSize = { page: 1, text: title[0] };
  }
  for (const s of sentences) {
    const m =
      /(?:As of today|To date|À ce jour|A ce jour),?\s+(\d{1,4})\s+(?:cities|villes)\s+(?:have|ont)/i.exec(s.text) ??
      /(\d{1,4})(?![\d%])[^.\d]{0,80}?\b(?:had|have|avaient|ont)\s+(?:used|undergone|utilis[ée]|réalis[ée]|eu recours)[^.]{0,40}?\b(?:Index|Indice)/i.exec(s.text);
    if (m) {
      draft.sampleSize = Number(m[1]);
      draft.sampleSizeQualifier = 'exact';
      draft.evidence.sampleSize = { page: s.pageAt(m.index), text: s.text };
      break;
    }
  }

  // Aggregate: the first sentence naming the aggregate index with a rate in it.
  const aggIdx = sentences.findIndex((s) => /aggregate|indice agr[ée]g[ée]|indice global|overall index/i.test(s.text) && numbersIn(s.text).some((n) => n.unit));
  if (aggIdx >= 0) {
    const s = sentences[aggIdx]!;
    const { city, sample } = splitCitySample(s.text);
    if (city) {
      draft.aggregate.city = city.value;
      draft.unit = city.unit === 'points' ? 'points_of_100' : 'percent';
    }
    let sampleValue = sample?.value ?? null;
    let evidence = s.text;
    const next = sentences[aggIdx + 1];
    if (sampleValue === null && next) {
      const n = splitCitySample(next.text).sample;
      if (n) {
        sampleValue = n.value;
        evidence = `${s.text} ${next.text}`;
      }
    }
    draft.aggregate.sample = sampleValue;
    draft.evidence.aggregate = { page: s.pageAt(city?.index ?? 0), text: evidence };
  }

  // Indicators: the first sentence of the indicator's section that gives an achievement rate.
  const found = new Map<string, { city: number | null; sample: number | null; page: number; evidence: string }>();
  for (const s of sentences) {
    const id = headings[s.section]?.indicator;
    if (!id || found.has(id) || id.endsWith('intercultural_lens')) continue;
    if (!/achievement rate|rate of achievement|achieves|scores?\b|taux de r[ée]alisation|obtient|r[ée]sultat/i.test(s.text)) continue;
    const { city, sample } = splitCitySample(s.text);
    if (!city) continue;
    found.set(id, { city: city.value, sample: sample?.value ?? null, page: s.pageAt(city.index), evidence: s.text });
  }
  const sectionCount = new Map<string, number>();
  for (const h of headings) if (h.indicator) sectionCount.set(h.indicator, (sectionCount.get(h.indicator) ?? 0) + 1);
  draft.indicators = indicatorsOf(generation).map((ind) => {
    const f = found.get(ind.id);
    if (!f && sectionCount.has(ind.id)) notes.push({ code: 'parse_section_without_rate', field: `indicator:${ind.id}`, message: `The section “${ind.name.en}” was found but no rate could be read in it.` });
    return f ? { id: ind.id, city: f.city, sample: f.sample, page: f.page, evidence: f.evidence } : { id: ind.id, city: null, sample: null, page: null, evidence: '' };
  });

  draft.rankings = findRankings(sentences as Sentence[]) as Ranking[];
  if (draft.sampleSize === null) {
    const all = draft.rankings.find((r) => r.group === 'all' && r.of !== null);
    if (all) {
      draft.sampleSize = all.of;
      draft.evidence.sampleSize = { page: all.page, text: all.evidence };
      notes.push({ code: 'parse_sample_from_ranking', field: 'sampleSize', message: 'The sample size was taken from the ranking sentence; check it.' });
    }
  }
  if (draft.indicators.every((v) => v.city === null) && draft.aggregate.city === null) {
    notes.push({ code: 'parse_nothing_found', field: null, message: 'No rate could be read from this report. Enter the values by hand.' });
  }
  draft.warnings = [...notes, ...checkReport(draft)];
  return draft;
}

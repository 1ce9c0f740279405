import { Paragraph, TextRun } from 'docx';
import type { StrategyDocumentData } from '../document-data';
import { caption, figure, h2, h3, placeholder, plain, table, type Block, type CellSpec } from './blocks';
import type { RasterImage } from '../figures/rasterise';
import { fill, formatDate, formatNumber, type DocTexts } from './texts';

/** Sections used by more than one document (strategy draft, findings report, agenda). */

export interface Figures {
  /** null = nothing to draw; 'broken' = drawing failed (a placeholder is printed). */
  indexChart: RasterImage | null | 'broken';
  map: RasterImage | null | 'broken';
}

/** Text width of a portrait A4 page with 2.5 cm margins, in docx pixels (96 dpi). */
export const PORTRAIT_WIDTH_PX = 605;

export function figureOrPlaceholder(img: RasterImage | null | 'broken', t: DocTexts, captionText: string, alt: string): Block[] {
  if (img === null) return [];
  if (img === 'broken') return [placeholder(t.placeholder.brokenImage)];
  return figure(img.png, img, PORTRAIT_WIDTH_PX, caption(t.figure, 'Figure', captionText, t.colon), alt);
}


const diff = (c: number | null, s: number | null, lang: 'en' | 'fr') => (c === null || s === null ? '–' : `${c - s > 0 ? '+' : ''}${formatNumber(c - s, lang)}`);

export function indexBlocks(data: StrategyDocumentData, t: DocTexts, chart: Figures['indexChart']): Block[] {
  const idx = data.index.summary;
  if (data.index.status !== 'ok' || !idx) return [placeholder(t.placeholder.noIndex)];
  const x = t.index;
  const vars = {
    generation: idx.generation === 'v1' ? x.generationV1 : x.generationV2,
    date: formatDate(idx.reportDate, data.lang) || x.unknownDate,
    city: formatNumber(idx.aggregate.city, data.lang),
    sample: formatNumber(idx.aggregate.sample, data.lang),
    sampleSize: idx.sampleSize ?? '',
  };
  const out: Block[] = [plain(fill(idx.aggregate.sample !== null && idx.sampleSize ? x.intro : x.introNoSample, vars))];
  out.push(...figureOrPlaceholder(chart, t, x.chartCaption, x.chartCaption));
  const rows: (string | CellSpec)[][] = idx.rows.map((r) => [r.name, { text: formatNumber(r.city, data.lang), align: 'right' as const }, { text: formatNumber(r.sample, data.lang), align: 'right' as const }, { text: diff(r.city, r.sample, data.lang), align: 'right' as const }]);
  rows.push([
    { text: x.aggregate, bold: true },
    { text: formatNumber(idx.aggregate.city, data.lang), align: 'right', bold: true },
    { text: formatNumber(idx.aggregate.sample, data.lang), align: 'right', bold: true },
    { text: diff(idx.aggregate.city, idx.aggregate.sample, data.lang), align: 'right', bold: true },
  ]);
  out.push(table([x.indicator, x.city, x.sample, x.difference], rows, [52, 16, 16, 16]), caption(t.table, 'Table', x.tableCaption, t.colon));
  if (idx.rankings.length) out.push(h3(x.rankings), ...idx.rankings.map((r) => plain(r)));
  return out;
}

export function consultationBlocks(data: StrategyDocumentData, t: DocTexts): Block[] {
  if (data.meetings.status === 'unavailable') return [placeholder(t.placeholder.meetingsUnavailable)];
  if (!data.meetings.rows.length) return [placeholder(t.placeholder.noMeetings)];
  const c = t.consultation;
  const byKind = new Map<string, { n: number; people: number }>();
  for (const m of data.meetings.rows) {
    const k = byKind.get(m.kindLabel) ?? { n: 0, people: 0 };
    byKind.set(m.kindLabel, { n: k.n + 1, people: k.people + m.participantCount });
  }
  return [
    plain(fill(c.intro, { count: data.meetings.rows.length })),
    table(
      [c.kind, c.count, c.participants],
      [...byKind.entries()].map(([k, v]) => [k, { text: String(v.n), align: 'right' }, { text: String(v.people), align: 'right' }]),
      [60, 20, 20],
    ),
    caption(t.table, 'Table', c.tableCaption, t.colon),
  ];
}

/** Findings per policy area; quotes only as the consent allows (decided by the collector). */
export function findingsBlocks(data: StrategyDocumentData, t: DocTexts, _level: 'h2', extra?: (indicatorId: string) => Block[], withSources = false): Block[] {
  if (data.findings.status === 'unavailable') return [placeholder(t.placeholder.findingsUnavailable)];
  if (!data.findings.areas.length) return [placeholder(t.placeholder.noFindings)];
  const f = t.findings;
  const out: Block[] = [plain(f.intro)];
  const order = ['strength', 'weakness', 'opportunity', 'threat', 'recommendation', 'quote'] as const;
  for (const area of data.findings.areas) {
    out.push(h2(area.name));
    if (extra) out.push(...extra(area.indicatorId));
    for (const code of order) {
      const items = area.items.filter((i) => i.code === code);
      if (!items.length) continue;
      out.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: f.codes[code], bold: true })] }));
      for (const item of items) {
        if (code === 'quote') {
          out.push(new Paragraph({ style: 'Quote', children: [new TextRun(`“${item.text}”`), new TextRun({ text: ` — ${item.attribution ?? f.aParticipant}`, italics: false }), ...(withSources && item.meetingTitle ? [new TextRun({ text: ` (${fill(f.source, { meeting: item.meetingTitle })})`, italics: false, color: '5F6B77' })] : [])] }));
        } else {
          const source = withSources && item.meetingTitle ? [new TextRun({ text: ` (${fill(f.source, { meeting: item.meetingTitle })})`, italics: true, color: '5F6B77' })] : [];
          out.push(new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: [new TextRun(item.text), ...source] }));
        }
      }
    }
  }
  return out;
}

export function meetingListBlocks(data: StrategyDocumentData, t: DocTexts): Block[] {
  if (data.meetings.status === 'unavailable') return [placeholder(t.placeholder.meetingsUnavailable)];
  if (!data.meetings.rows.length) return [placeholder(t.placeholder.noMeetings)];
  const m = t.meetings;
  return [
    table(
      [m.date, m.time, m.title, m.kind, m.participants],
      data.meetings.rows.map((r): (string | CellSpec)[] => [formatDate(r.date, data.lang) || r.dayLabel, [r.startTime, r.endTime].filter(Boolean).join('–'), { text: r.place ? [r.title, r.place] : r.title }, r.kindLabel, r.participants || '–']),
      [15, 11, 34, 14, 26],
    ),
    caption(t.table, 'Table', m.tableCaption, t.colon),
  ];
}

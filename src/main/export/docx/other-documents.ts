import { Paragraph, TextRun, type Document } from 'docx';
import type { StrategyDocumentData } from '../document-data';
import { h1, h2, placeholder, plain, table, caption, type Block, type CellSpec } from './blocks';
import { assembleDocument } from './frame';
import { findingsBlocks, indexBlocks, meetingListBlocks, type Figures } from './shared-sections';
import { docTexts, fill, formatDate, formatNumber, formatRange } from './texts';

const coverLines = (data: StrategyDocumentData) => {
  const t = docTexts(data.lang);
  const dates = formatRange(data.visit.startDate, data.visit.endDate, data.lang);
  const team = data.visit.team.map((p) => p.name).join(', ');
  return [dates && `${t.cityFacts.visit}${t.colon}${dates}`, team && `${t.cityFacts.team}${t.colon}${team}`, `${t.preparedOn}${t.colon}${formatDate(data.date, data.lang)}`].filter(Boolean) as string[];
};

const props = (data: StrategyDocumentData, kind: string, title: string) => ({
  title,
  subject: kind,
  creator: data.anonymised ? 'ICC Workbench' : data.visit.team.map((p) => p.name).join(', ') || 'ICC Workbench',
  description: `${kind} — ${data.city.name}`,
  keywords: 'Intercultural Cities; ICC',
  language: data.lang,
});

/** Findings of the visit for the Council of Europe: per policy area, the Index score and the evidence. */
export function buildFindingsDocument(data: StrategyDocumentData, figures: Figures): Document {
  const t = docTexts(data.lang);
  const title = `${t.findingsKind} — ${data.city.name}`;
  const scores = new Map((data.index.summary?.rows ?? []).map((r) => [r.indicatorId, r]));
  const blocks: Block[] = [
    h1(t.sections.introduction.split(':')[0]!.trim()),
    plain(t.findingsReport.intro),
    h1(t.sections.indexResults),
    ...indexBlocks(data, t, figures.indexChart),
    h1(t.sections.findings),
    ...findingsBlocks(data, t, 'h2', (id) => {
      const r = scores.get(id);
      if (!r) return [];
      const score = new Paragraph({ style: 'Caption', children: [new TextRun(fill(t.findingsReport.indexScore, { city: formatNumber(r.city, data.lang), sample: formatNumber(r.sample, data.lang) }))] });
      const evidence = r.evidence?.trim()
        ? [new Paragraph({ style: 'Quote', children: [new TextRun({ text: `${t.findingsReport.evidence}${t.colon}`, bold: true, italics: false }), new TextRun(`“${r.evidence.trim()}”${r.page ? ` (${fill(t.findingsReport.page, { page: r.page })})` : ''}`)] })]
        : [];
      return [score, ...evidence];
    }, true),
    h1(t.sections.annexes),
    h2(t.sections.methodology),
    plain(t.methodology),
    h2(t.sections.meetingList),
    ...meetingListBlocks(data, t),
  ];
  return assembleDocument({
    cover: { kind: t.findingsKind, title, city: [data.city.name, data.city.country].filter(Boolean).join(', '), lines: coverLines(data), draft: t.draft, notes: data.anonymised ? [t.anonymisedNote] : [] },
    headerText: fill(t.header, { city: data.city.name, kind: t.findingsKind }),
    pageLabel: fill(t.pageOf, { page: '' }).trim(),
    contentsTitle: t.contents,
    parts: [{ landscape: false, blocks }],
    properties: props(data, t.findingsKind, title),
  });
}

/** The visit programme: one heading per day, a table of its meetings. */
export function buildAgendaDocument(data: StrategyDocumentData): Document {
  const t = docTexts(data.lang);
  const title = `${t.agendaKind} — ${data.city.name}`;
  const blocks: Block[] = [plain(fill(t.agenda.intro, { city: data.city.name }))];
  if (data.meetings.status === 'unavailable') blocks.push(placeholder(t.placeholder.meetingsUnavailable));
  else if (!data.meetings.rows.length) blocks.push(placeholder(t.agenda.empty));
  const days = new Map<string, StrategyDocumentData['meetings']['rows']>();
  for (const m of data.meetings.rows) {
    const key = [formatDate(m.date, data.lang), m.dayLabel].filter(Boolean).join(' — ') || '–';
    days.set(key, [...(days.get(key) ?? []), m]);
  }
  const m = t.meetings;
  for (const [day, rows] of days) {
    blocks.push(
      h1(day),
      table(
        [m.time, m.title, m.kind, m.participants, t.agenda.team],
        rows.map((r): (string | CellSpec)[] => [[r.startTime, r.endTime].filter(Boolean).join('–') || '–', { text: r.place ? [r.title, r.place] : r.title, boldFirst: true }, r.kindLabel, r.participants || '–', r.team || '–']),
        [12, 32, 14, 26, 16],
      ),
      caption(t.table, 'Table', `${m.tableCaption} — ${day}`, t.colon),
    );
  }
  return assembleDocument({
    cover: { kind: t.agendaKind, title, city: [data.city.name, data.city.country].filter(Boolean).join(', '), lines: coverLines(data), draft: t.draft, notes: data.anonymised ? [t.anonymisedNote] : [] },
    headerText: fill(t.header, { city: data.city.name, kind: t.agendaKind }),
    pageLabel: fill(t.pageOf, { page: '' }).trim(),
    contentsTitle: null,
    parts: [{ landscape: false, blocks }],
    properties: props(data, t.agendaKind, title),
  });
}

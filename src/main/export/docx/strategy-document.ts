import { Paragraph, TextRun, type Document } from 'docx';
import type { StrategySectionId } from '../../../shared/contract/exports';
import type { ActionRow, StrategyDocumentData } from '../document-data';
import { bullet, caption, h1, h2, h3, labelled, placeholder, plain, richText, table, type Block, type CellSpec } from './blocks';
import { assembleDocument } from './frame';
import { docTexts, fill, formatDate, formatNumber, formatRange, type DocTexts } from './texts';
import { consultationBlocks, figureOrPlaceholder, findingsBlocks, indexBlocks, meetingListBlocks, type Figures } from './shared-sections';

export type { Figures };

/** The intercultural strategy draft (domain.md §3.2 outline) as a Word document. */
export function buildStrategyDocument(data: StrategyDocumentData, figures: Figures): Document {
  const t = docTexts(data.lang);
  const { doc } = data.strategy;
  const has = (s: StrategySectionId) => data.sections.includes(s);
  const title = doc.title.trim() || fill(t.defaultTitle, { city: data.city.name });
  const period = doc.periodStart || doc.periodEnd ? fill(t.period, { start: doc.periodStart.slice(0, 4), end: doc.periodEnd.slice(0, 4) }) : '';

  const before: Block[] = [];
  if (has('summary')) before.push(h1(t.sections.summary), ...richText(doc.executiveSummary, t.placeholder.empty));
  if (has('introduction')) before.push(h1(t.sections.introduction), plain(t.introduction), ...(doc.introduction.trim() ? richText(doc.introduction, '') : []));
  if (has('context')) {
    before.push(h1(t.sections.context), h2(t.sections.cityProfile), ...cityFacts(data, t), ...(doc.context.trim() ? richText(doc.context, '') : []));
    before.push(h2(t.sections.indexResults), ...indexBlocks(data, t, figures.indexChart));
  }
  if (has('map')) before.push(h1(t.sections.map), ...mapBlocks(data, t, figures.map));
  if (has('consultation')) before.push(h1(t.sections.consultation), ...consultationBlocks(data, t));
  if (has('findings')) before.push(h1(t.sections.findings), ...findingsBlocks(data, t, 'h2'));
  if (has('vision')) before.push(h1(t.sections.vision), h2(t.sections.visionStatement), ...richText(doc.vision, t.placeholder.empty), h2(t.sections.principles), ...principles(data, t));
  if (has('priorities')) before.push(h1(t.sections.priorities), ...priorities(data, t));

  const actions: Block[] = has('actions') ? [h1(t.sections.actions), ...actionPlan(data, t)] : [];
  const after: Block[] = [];
  if (has('governance')) after.push(h1(t.sections.governance), ...richText(doc.governance, t.placeholder.empty), h2(t.sections.phases), ...phases(data, t));
  if (has('monitoring')) after.push(h1(t.sections.monitoring), ...richText(doc.monitoring, t.placeholder.empty), ...rerun(data, t));
  if (has('annexes')) after.push(h1(t.sections.annexes), h2(t.sections.methodology), plain(t.methodology), h2(t.sections.meetingList), ...meetingListBlocks(data, t));

  const authors = data.anonymised ? '' : doc.authors.trim() || data.visit.team.map((p) => p.name).join(', ');
  return assembleDocument({
    cover: {
      kind: t.strategyKind,
      title,
      city: [data.city.name, data.city.country].filter(Boolean).join(', '),
      lines: [period, `${t.preparedOn}${t.colon}${formatDate(data.date, data.lang)}`, authors ? `${t.preparedBy}${t.colon}${authors}` : ''].filter(Boolean),
      draft: t.draft,
      notes: [t.coverNote, ...(data.anonymised ? [t.anonymisedNote] : [])],
    },
    headerText: fill(t.header, { city: data.city.name, kind: t.strategyKind }),
    pageLabel: fill(t.pageOf, { page: '' }).trim(),
    contentsTitle: t.contents,
    parts: [
      { landscape: false, blocks: before },
      { landscape: true, blocks: actions },
      { landscape: false, blocks: after },
    ],
    properties: {
      title,
      subject: t.strategyKind,
      creator: authors || 'ICC Workbench',
      description: `${t.strategyKind} — ${data.city.name} — ${t.draft}`,
      keywords: 'Intercultural Cities; ICC; strategy',
      language: data.lang,
    },
  });
}

function cityFacts(data: StrategyDocumentData, t: DocTexts): Block[] {
  const f = t.cityFacts;
  const out: Block[] = [];
  if (data.city.population !== null) out.push(labelled(f.population, formatNumber(data.city.population, data.lang), t.colon));
  if (data.city.foreignBornShare !== null) out.push(labelled(f.foreignBorn, `${formatNumber(data.city.foreignBornShare, data.lang, 1)} %`, t.colon));
  const dates = formatRange(data.visit.startDate, data.visit.endDate, data.lang);
  if (dates) out.push(labelled(f.visit, dates, t.colon));
  if (data.visit.team.length) out.push(labelled(f.team, data.visit.team.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; '), t.colon));
  return out;
}

function mapBlocks(data: StrategyDocumentData, t: DocTexts, img: Figures['map']): Block[] {
  if (data.map.status === 'unavailable') return [placeholder(t.placeholder.mapUnavailable)];
  if (data.map.status === 'empty' || data.map.stakeholderCount === 0) return [placeholder(t.placeholder.noMap)];
  const out: Block[] = [plain(fill(t.map.intro, { count: data.map.stakeholderCount }))];
  out.push(...figureOrPlaceholder(img, t, t.map.caption, t.map.caption));
  if (data.map.byCategory.length) {
    out.push(table([t.map.category, t.map.count], data.map.byCategory.map((c) => [c.label, { text: String(c.count), align: 'right' }]), [80, 20]));
    out.push(caption(t.table, 'Table', t.map.tableCaption, t.colon));
  }
  return out;
}

function principles(data: StrategyDocumentData, t: DocTexts): Block[] {
  if (!data.strategy.principles.length) return [placeholder(t.placeholder.noPrinciples)];
  return data.strategy.principles.flatMap((p) => [h3(p.title), ...richText(p.description, t.placeholder.empty)]);
}

function priorities(data: StrategyDocumentData, t: DocTexts): Block[] {
  if (!data.strategy.priorities.length) return [placeholder(t.placeholder.noPriorities)];
  return data.strategy.priorities.flatMap((p, i) => {
    const areas = p.indicatorIds.map((id) => data.indicatorNames[id] ?? id);
    return [
      h2(`${i + 1}. ${p.title}`),
      ...(p.description.trim() ? richText(p.description, '') : []),
      ...(areas.length ? [new Paragraph({ style: 'Caption', children: [new TextRun(fill(t.priorities.linked, { areas: areas.join(', ') }))] })] : []),
    ];
  });
}

const timeline = (a: ActionRow, lang: 'en' | 'fr') => formatRange(a.start, a.end, lang);

function actionPlan(data: StrategyDocumentData, t: DocTexts): Block[] {
  const list = data.strategy.actions;
  if (!list.length) return [placeholder(t.placeholder.noActions)];
  const a = t.actions;
  const rows: (string | CellSpec)[][] = [];
  const groups = new Map<string, ActionRow[]>();
  for (const x of list) groups.set(x.priorityTitle, [...(groups.get(x.priorityTitle) ?? []), x]);
  let n = 0;
  for (const [priority, items] of groups) {
    rows.push([{ text: priority ? `${a.strategicPriority}${t.colon}${priority}` : a.noPriority, bold: true, span: 8, shade: 'E3EAF2' }]);
    for (const x of items) {
      n += 1;
      rows.push([
        { text: String(n), align: 'right' },
        { boldFirst: true, text: [x.title, ...(x.objective ? [`${a.objective}${t.colon}${x.objective}`] : []), ...(x.description ? [x.description] : [])] },
        x.lead || '–',
        x.partners || '–',
        timeline(x, data.lang) || '–',
        x.resources || '–',
        { text: measures(x, a, t.colon) },
        { text: [a.levels[x.priorityLevel], a.statuses[x.status]] },
      ]);
    }
  }
  return [
    plain(fill(a.intro, { count: list.length })),
    table([a.number, a.action, a.lead, a.partners, a.timeline, a.resources, `${a.outputIndicators} / ${a.outcomeIndicators}`, `${a.priority} / ${a.status}`], rows, [4, 30, 11, 12, 9, 10, 16, 8]),
    caption(t.table, 'Table', a.tableCaption, t.colon),
  ];
}

function measures(x: ActionRow, a: DocTexts['actions'], colon: string): string[] {
  const lines = [
    x.outputIndicators && `${a.outputIndicators}${colon}${x.outputIndicators}`,
    x.outcomeIndicators && `${a.outcomeIndicators}${colon}${x.outcomeIndicators}`,
    x.indicatorNames.length ? `${a.indexLink}${colon}${x.indicatorNames.join(', ')}` : '',
  ].filter((l): l is string => !!l);
  return lines.length ? lines : ['–'];
}

function phases(data: StrategyDocumentData, t: DocTexts): Block[] {
  const p = t.phases;
  const mark = { done: '✓', in_progress: '◐', not_started: '○' } as const;
  return [
    table([p.phase, p.status, p.note], data.strategy.phases.map((x) => [p.names[x.phase], `${mark[x.status]} ${p.statuses[x.status]}`, x.note || '–']), [35, 20, 45]),
    caption(t.table, 'Table', p.tableCaption, t.colon),
  ];
}

function rerun(data: StrategyDocumentData, t: DocTexts): Block[] {
  const { doc } = data.strategy;
  if (!doc.rerunIndex) return [];
  return [bullet([doc.rerunIndexYear ? fill(t.monitoring.rerun, { year: doc.rerunIndexYear.slice(0, 4) }) : t.monitoring.rerunNoYear])];
}

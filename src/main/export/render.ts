/**
 * From collected data to .docx bytes: draw the figures, build the document, pack it. Pure (no database,
 * no files), so it runs in the export worker thread as well as in tests.
 */
import { Packer, type Document } from 'docx';
import type { StrategyDocumentData } from './document-data';
import { buildAgendaDocument, buildFindingsDocument } from './docx/other-documents';
import type { Figures } from './docx/shared-sections';
import { buildStrategyDocument } from './docx/strategy-document';
import { docTexts } from './docx/texts';
import { indexChartSvg } from './figures/index-chart';
import { rasteriseSvg, type RasterImage } from './figures/rasterise';

export type DocKind = 'strategy' | 'findings' | 'agenda';
export type Stage = 'collect' | 'figures' | 'build' | 'write' | 'done';
export type ProgressFn = (stage: Stage, fraction: number) => void;

async function draw(svg: string | null): Promise<RasterImage | null | 'broken'> {
  if (!svg) return null;
  try {
    return await rasteriseSvg(svg);
  } catch (error) {
    console.error('[export] a figure could not be drawn:', error);
    return 'broken';
  }
}

/** Both figures are rasterised at once, in libuv's thread pool: on two cores that halves the wait. */
export async function drawFigures(kind: DocKind, data: StrategyDocumentData): Promise<Figures> {
  if (kind === 'agenda') return { indexChart: null, map: null };
  const t = docTexts(data.lang);
  const wantIndex = kind === 'findings' || data.sections.includes('context');
  const rows = data.index.summary?.rows.filter((r) => r.city !== null || r.sample !== null) ?? [];
  const [indexChart, map] = await Promise.all([
    wantIndex && rows.length ? draw(indexChartSvg(rows, { city: t.index.legendCity, sample: t.index.legendSample })) : null,
    kind === 'strategy' && data.sections.includes('map') ? draw(data.map.svg) : null,
  ]);
  return { indexChart, map };
}

export function buildDocument(kind: DocKind, data: StrategyDocumentData, figures: Figures): Document {
  if (kind === 'findings') return buildFindingsDocument(data, figures);
  if (kind === 'agenda') return buildAgendaDocument(data);
  return buildStrategyDocument(data, figures);
}

export async function renderDocx(kind: DocKind, data: StrategyDocumentData, progress: ProgressFn = () => {}): Promise<Uint8Array> {
  progress('figures', 0.2);
  const figures = await drawFigures(kind, data);
  progress('build', 0.5);
  const doc = buildDocument(kind, data, figures);
  progress('write', 0.7);
  const buffer = await Packer.toBuffer(doc);
  progress('done', 1);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

import {
  AlignmentType,
  Document,
  Footer,
  Header,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  TableOfContents,
  TextRun,
  type ISectionOptions,
  type PageNumberEstimator,
} from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import type { Block } from './blocks';
import { documentStyles, numbering } from './styles';

export interface Cover {
  kind: string;
  title: string;
  city: string;
  lines: string[];
  draft: string;
  notes: string[];
}

export interface DocumentFrame {
  cover: Cover;
  headerText: string;
  pageLabel: string;
  contentsTitle: string | null;
  /** Body parts in order; landscape parts get their own section. */
  parts: { landscape: boolean; blocks: Block[] }[];
  properties: { title: string; subject: string; creator: string; description: string; keywords: string; language: string };
}

/** A4, 2.5 cm margins (twips). */
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1418, bottom: 1418, left: 1418, right: 1418, header: 709, footer: 709 };

function coverBlocks(c: Cover): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 2400 }, style: 'Subtitle', children: [new TextRun(c.kind)] }),
    new Paragraph({ style: 'Title', children: [new TextRun(c.title)] }),
    new Paragraph({ style: 'Subtitle', children: [new TextRun(c.city)] }),
    ...c.lines.map((l) => new Paragraph({ style: 'CoverMeta', children: [new TextRun(l)] })),
    new Paragraph({ spacing: { before: 600, after: 600 }, children: [new TextRun({ text: c.draft.toUpperCase(), bold: true, size: 36, color: 'C0392B' })] }),
    ...c.notes.map((n) => new Paragraph({ style: 'CoverMeta', children: [new TextRun({ text: n, italics: true })] })),
  ];
}

const header = (text: string) => new Header({ children: [new Paragraph({ style: 'HeaderText', alignment: AlignmentType.RIGHT, children: [new TextRun(text)] })] });
const footer = (label: string) =>
  new Footer({
    children: [
      new Paragraph({
        style: 'HeaderText',
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [`${label} `, PageNumber.CURRENT] })],
      }),
    ],
  });

/**
 * docx's page layout, used only for the page numbers of the table of contents. Without `listNumbers`:
 * docx would otherwise read the whole document a second time to number headings, and ours are not
 * numbered (a third of the export time of a large visit). `guess` keeps numbers even past names in
 * scripts Arial lacks. The layout's hot path is also memoised by patches/docx+9.15.2.patch.
 */
const layoutEstimator = estimatePageNumbersWith({ guess: true });
const pageNumbers: PageNumberEstimator = (body, context) => layoutEstimator(body, context);

/**
 * Cover (no header), contents, then the body in portrait and landscape sections with a running header
 * and page numbers. The table of contents is written with page numbers by docx's layout estimate, so it
 * is right without Word updating fields.
 */
export function assembleDocument(frame: DocumentFrame): Document {
  const running = { headers: { default: header(frame.headerText) }, footers: { default: footer(frame.pageLabel) } };
  const portrait = { page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: MARGIN } };
  const landscape = { page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN } };
  const sections: ISectionOptions[] = [{ properties: portrait, children: coverBlocks(frame.cover) }];
  const first: Block[] = frame.contentsTitle
    ? [
        new Paragraph({ heading: undefined, style: 'Subtitle', children: [new TextRun({ text: frame.contentsTitle, bold: true })] }),
        new TableOfContents(frame.contentsTitle, { hyperlink: true, headingStyleRange: '1-2' }),
        new Paragraph({ children: [new PageBreak()] }),
      ]
    : [];
  frame.parts.forEach((part, i) => {
    const blocks = i === 0 ? [...first, ...part.blocks] : part.blocks;
    if (blocks.length === 0) return;
    sections.push({ properties: part.landscape ? landscape : portrait, ...running, children: blocks });
  });
  if (sections.length === 1 && first.length) sections.push({ properties: portrait, ...running, children: first });
  return new Document({
    ...frame.properties,
    lastModifiedBy: frame.properties.creator,
    styles: documentStyles,
    numbering,
    features: { updateFields: false },
    pageNumbers,
    sections,
  });
}

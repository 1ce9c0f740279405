import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  ImageRun,
  Paragraph,
  SequentialIdentifier,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
} from 'docx';
import { ACCENT } from './styles';

/** A piece of the body: paragraphs and tables in order. */
export type Block = FileChild;

export const h1 = (text: string): Paragraph => new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });
export const h2 = (text: string): Paragraph => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });
export const h3 = (text: string): Paragraph => new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(text)] });
export const placeholder = (text: string): Paragraph => new Paragraph({ style: 'Placeholder', children: [new TextRun(text)] });
export const plain = (text: string, style?: string): Paragraph => new Paragraph({ style, children: [new TextRun(text)] });
export const labelled = (label: string, text: string, colon = ': '): Paragraph =>
  new Paragraph({ children: [new TextRun({ text: `${label}${colon}`, bold: true }), new TextRun(text)] });

const BULLET = /^\s*(?:[-*•–])\s+(.*)$/;

/**
 * User text as Word paragraphs: blank lines separate paragraphs, lines starting with "-", "*" or "•"
 * become bullets. Empty text gives the placeholder, never an empty section. Control characters that XML
 * cannot hold are dropped.
 */
export function richText(text: string | null | undefined, emptyText: string): Paragraph[] {
  const clean = (text ?? '').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uFFFE\uFFFF]/g, '').trim();
  if (!clean) return [placeholder(emptyText)];
  const out: Paragraph[] = [];
  for (const block of clean.split(/\n\s*\n/)) {
    const lines = block.split('\n');
    let pending: string[] = [];
    const flush = () => {
      if (pending.length) out.push(new Paragraph({ children: [new TextRun(pending.join(' '))] }));
      pending = [];
    };
    for (const line of lines) {
      const m = BULLET.exec(line);
      if (m) {
        flush();
        out.push(new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: [new TextRun(m[1]!)] }));
      } else if (line.trim()) pending.push(line.trim());
    }
    flush();
  }
  return out;
}

export const bullet = (children: (TextRun | string)[]): Paragraph =>
  new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: children.map((c) => (typeof c === 'string' ? new TextRun(c) : c)) });

/** "Figure 3: …" with a SEQ field, so Word can build a list of figures and renumber. */
export const caption = (kind: string, seq: 'Figure' | 'Table', text: string, colon = ': '): Paragraph =>
  new Paragraph({ style: 'Caption', children: [new TextRun(`${kind} `), new SequentialIdentifier(seq), new TextRun(`${colon}${text}`)] });

/** A picture scaled to `maxWidthPx` (96 dpi pixels as docx counts them), followed by its caption. */
export function figure(png: Uint8Array, size: { width: number; height: number }, maxWidthPx: number, captionBlock: Paragraph, altText: string): Paragraph[] {
  const width = Math.min(maxWidthPx, size.width);
  const height = Math.round((size.height / size.width) * width);
  return [
    new Paragraph({
      style: 'Figure',
      children: [new ImageRun({ type: 'png', data: png, transformation: { width, height }, altText: { name: altText, title: altText, description: altText } })],
    }),
    captionBlock,
  ];
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'B8C4D0' };
const borders = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

export interface CellSpec {
  text: string | string[];
  bold?: boolean;
  /** Bold first line (a title above its details). */
  boldFirst?: boolean;
  align?: 'left' | 'right' | 'center';
  span?: number;
  shade?: string;
}

/** One paragraph per cell, lines separated by breaks: far less for Word (and the page-number layout) to lay out. */
const cellParagraphs = (spec: CellSpec, style: string): Paragraph[] => {
  const texts = Array.isArray(spec.text) ? spec.text : [spec.text];
  return [
    new Paragraph({
      style,
      alignment: spec.align === 'right' ? AlignmentType.RIGHT : spec.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
      children: texts.map((t, i) => new TextRun({ text: t, bold: spec.bold || (i === 0 && !!spec.boldFirst), break: i > 0 ? 1 : undefined })),
    }),
  ];
};

/**
 * A table with a repeating, shaded header row and widths as percentages of the text width. Rows are
 * allowed to break across pages; 300 rows are just 300 rows.
 */
export function table(headers: string[], rows: (string | CellSpec)[][], widthsPct: number[]): Table {
  const cell = (spec: string | CellSpec, i: number, header: boolean) => {
    const s = typeof spec === 'string' ? { text: spec } : spec;
    return new TableCell({
      children: cellParagraphs(s, header ? 'TableHeading' : 'TableText'),
      columnSpan: s.span,
      verticalAlign: VerticalAlign.TOP,
      width: { size: widthsPct.slice(i, i + (s.span ?? 1)).reduce((a, b) => a + b, 0), type: WidthType.PERCENTAGE },
      shading: header ? { type: ShadingType.CLEAR, fill: ACCENT, color: 'auto' } : s.shade ? { type: ShadingType.CLEAR, fill: s.shade, color: 'auto' } : undefined,
      margins: { top: 50, bottom: 50, left: 80, right: 80 },
    });
  };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => {
        let col = 0;
        return new TableRow({
          children: r.map((c) => {
            const made = cell(c, col, false);
            col += typeof c === 'string' ? 1 : (c.span ?? 1);
            return made;
          }),
        });
      }),
    ],
  });
}

/**
 * Turns the lines of a report into what the parser reads: capital headings (joined when they wrap),
 * and sentences that run on across lines, columns and pages, each knowing the page of every character.
 * Running headers, page numbers, footnotes and chart labels (smaller than the body text) and table-of-
 * contents lines are left out, so a sentence broken by a page break reads as one sentence again.
 */
import { indicatorsOf, LENS_COMPOSITE, type IndexGeneration } from '../../shared/domain/indicators';
import type { Line } from './pdf-layout';

export interface Sentence {
  text: string;
  /** Index of the heading section it belongs to (-1 before the first heading). */
  section: number;
  pageAt(offset: number): number;
}

export interface Heading {
  text: string;
  page: number;
  /** Catalogue id when the heading names an indicator of the generation, else null. */
  indicator: string | null;
}

export interface ReportText {
  headings: Heading[];
  sentences: Sentence[];
  bodySize: number;
  textLength: number;
}

/** Lower case, no accents, no punctuation or numbering: how headings and names are compared. */
export const fold = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'`]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const stripNumbering = (s: string) => s.replace(/^\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)]?\s+/, '');
const TOC_LINE = /(?:\.{4,}|_{4,}|…{2,}|(?:\. ){4,})\s*\d{0,3}\s*$/;
const isCaps = (s: string) => !/\p{Ll}/u.test(s) && (s.match(/\p{Lu}/gu)?.length ?? 0) >= 3;

export function headingIndex(generation: IndexGeneration): Map<string, string> {
  const map = new Map<string, string>();
  for (const ind of indicatorsOf(generation)) {
    for (const name of [ind.name.en, ind.name.fr, ...ind.aliases]) if (!map.has(fold(name))) map.set(fold(name), ind.id);
  }
  map.set(fold(LENS_COMPOSITE[generation].name.en), LENS_COMPOSITE[generation].id);
  map.set(fold(LENS_COMPOSITE[generation].name.fr), LENS_COMPOSITE[generation].id);
  return map;
}

/** The size most of the text is set in. */
export function bodySizeOf(pages: Line[][]): number {
  const weight = new Map<number, number>();
  for (const l of pages.flat()) weight.set(Math.round(l.size), (weight.get(Math.round(l.size)) ?? 0) + l.text.length);
  let best = 10;
  let max = -1;
  for (const [size, w] of weight) if (w > max) [best, max] = [size, w];
  return best;
}

export function readReportText(pages: Line[][], generation: IndexGeneration): ReportText {
  const bodySize = bodySizeOf(pages);
  const known = headingIndex(generation);
  const lines = pages.flat().filter((l) => l.size >= bodySize * 0.88 && !/^\d{1,4}$/.test(l.text) && !TOC_LINE.test(l.text));
  const headings: Heading[] = [];
  const sentences: Sentence[] = [];
  let run = '';
  let marks: { at: number; page: number }[] = [];
  let textLength = 0;

  const flush = () => {
    if (run.trim()) splitSentences(run, marks, headings.length - 1, sentences);
    run = '';
    marks = [];
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    textLength += line.text.length;
    if (isCaps(line.text) && line.size >= bodySize * 0.95) {
      // A heading may wrap over two or three lines: take the longest run of capital lines that names an indicator.
      let matched: { text: string; id: string; used: number } | null = null;
      for (let n = Math.min(3, lines.length - i); n >= 1; n--) {
        const group = lines.slice(i, i + n);
        if (!group.every((l) => isCaps(l.text) && l.size >= bodySize * 0.95)) continue;
        const text = group.map((l) => l.text).join(' ');
        const id = known.get(fold(stripNumbering(text)));
        if (id) {
          matched = { text, id, used: n };
          break;
        }
      }
      flush();
      headings.push({ text: matched?.text ?? line.text, page: line.page, indicator: matched?.id ?? null });
      i += (matched?.used ?? 1) - 1;
      continue;
    }
    if (run && !/-$/.test(run)) run += ' ';
    marks.push({ at: run.length, page: line.page });
    run += line.text;
  }
  flush();
  return { headings, sentences, bodySize, textLength };
}

/** Splits a run at sentence ends: ., ! or ? followed by a space and a capital, a digit or a quote. */
function splitSentences(run: string, marks: { at: number; page: number }[], section: number, out: Sentence[]): void {
  const pageAt = (abs: number) => {
    let page = marks[0]?.page ?? 1;
    for (const m of marks) {
      if (m.at > abs) break;
      page = m.page;
    }
    return page;
  };
  const re = /[.!?](?:["”»)]?)\s+(?=[\p{Lu}\d«“(])/gu;
  let start = 0;
  let m: RegExpExecArray | null;
  const push = (end: number) => {
    const text = run.slice(start, end).trim();
    const offset = start + (run.slice(start, end).length - run.slice(start, end).trimStart().length);
    if (text) out.push({ text, section, pageAt: (o: number) => pageAt(offset + o) });
  };
  while ((m = re.exec(run))) {
    // "Dr. Haddad", "e.g. Oslo": an abbreviation is not the end of a sentence.
    if (/\b(?:Dr|Mr|Mrs|Ms|St|e\.g|i\.e|cf|p|pp|no|n°|M|Mme)$/i.test(run.slice(Math.max(0, m.index - 4), m.index))) continue;
    push(m.index + 1);
    start = m.index + m[0].length;
  }
  push(run.length);
}

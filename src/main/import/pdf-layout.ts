/**
 * Rebuilds lines and reading order from pdf.js text items (domain.md §2.3): items on one baseline
 * and close together form a line fragment; a superscript footnote marker joins its word ("cities1");
 * two columns are read left column first, then right, between full-width blocks (headings, cover).
 */
export interface TextItem {
  str: string;
  x: number;
  /** Baseline, from the bottom of the page. */
  y: number;
  width: number;
  size: number;
}

export interface Line {
  text: string;
  page: number;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Fragment {
  items: TextItem[];
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** Groups items into line fragments: same baseline (superscripts included), no wide horizontal gap. */
function fragmentsOf(items: TextItem[]): Fragment[] {
  const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextItem[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    const ref = row?.[0];
    // A superscript sits up to ~0.5 em above its baseline; anything further is another line.
    if (row && ref && Math.abs(ref.y - item.y) <= Math.max(ref.size, item.size) * 0.5) row.push(item);
    else rows.push([item]);
  }
  const out: Fragment[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let current: Fragment | null = null;
    for (const item of row) {
      const gap = current ? item.x - current.x1 : Infinity;
      if (current && gap < Math.max(current.size, item.size) * 1.5) {
        current.items.push(item);
        current.x1 = Math.max(current.x1, item.x + item.width);
        // The line's size and baseline are those of its body text, not of a footnote marker.
        if (item.size > current.size) {
          current.size = item.size;
          current.y = item.y;
        }
      } else {
        current = { items: [item], x0: item.x, x1: item.x + item.width, y: item.y, size: item.size };
        out.push(current);
      }
    }
  }
  return out;
}

/** Joins a fragment's items, adding a space where the gap is wider than a letter's spacing. */
function textOf(f: Fragment): string {
  let text = '';
  let prevEnd = -Infinity;
  for (const item of f.items) {
    const gap = item.x - prevEnd;
    if (text && gap > f.size * 0.12 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    text += item.str;
    prevEnd = item.x + item.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Finds the gutter between two columns: an x band in the middle of the page that (almost) no narrow
 * fragment covers while both sides carry text. Returns null for single-column pages.
 */
function findGutter(frags: Fragment[], pageWidth: number): number | null {
  const narrow = frags.filter((f) => f.x1 - f.x0 < pageWidth * 0.55 && f.items.reduce((n, i) => n + i.str.length, 0) > 3);
  if (narrow.length < 6) return null;
  const lo = Math.floor(pageWidth * 0.3);
  const hi = Math.ceil(pageWidth * 0.7);
  // The least-covered band in the middle third; its centre is the gutter. A few fragments may cross it
  // (a centred running header, a heading wider than its column): they are read as full-width lines.
  const covers: { x: number; cover: number }[] = [];
  for (let x = lo; x <= hi; x += 2) covers.push({ x, cover: narrow.filter((f) => f.x0 < x && f.x1 > x).length });
  const min = Math.min(...covers.map((c) => c.cover));
  if (min > Math.max(2, narrow.length * 0.1)) return null;
  let runStart = -1;
  let bestRun: [number, number] | null = null;
  covers.forEach((c, i) => {
    if (c.cover === min) {
      if (runStart < 0) runStart = i;
      if (!bestRun || i - runStart > bestRun[1] - bestRun[0]) bestRun = [runStart, i];
    } else runStart = -1;
  });
  const [a, b] = bestRun!;
  const best = { x: Math.round((covers[a]!.x + covers[b]!.x) / 2) };
  const left = narrow.filter((f) => f.x1 <= best.x).length;
  const right = narrow.filter((f) => f.x0 >= best.x).length;
  return left >= 3 && right >= 3 ? best.x : null;
}

/** Lines of one page in reading order. */
export function layoutPage(items: TextItem[], pageWidth: number, page: number): Line[] {
  const frags = fragmentsOf(items);
  const toLine = (f: Fragment): Line => ({ text: textOf(f), page, x: f.x0, y: f.y, width: f.x1 - f.x0, size: Math.round(f.size * 10) / 10 });
  const gutter = findGutter(frags, pageWidth);
  if (gutter === null) return frags.map(toLine);
  // Walk top to bottom; a fragment crossing the gutter closes the current two-column band.
  const out: Line[] = [];
  let left: Fragment[] = [];
  let right: Fragment[] = [];
  const flush = () => {
    out.push(...left.map(toLine), ...right.map(toLine));
    left = [];
    right = [];
  };
  for (const f of frags) {
    if (f.x1 <= gutter) left.push(f);
    else if (f.x0 >= gutter) right.push(f);
    else {
      flush();
      out.push(toLine(f));
    }
  }
  flush();
  return out;
}

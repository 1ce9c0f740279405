import type { IndexRow } from '../document-data';

export interface IndexChartLabels {
  city: string;
  sample: string;
}

const FONT = `'Liberation Sans', Arial, 'Noto Sans', 'DejaVu Sans', sans-serif`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Wraps a label into at most two lines of roughly `max` characters (the chart has a fixed label column). */
function wrap(label: string, max: number): string[] {
  if (label.length <= max) return [label];
  const words = label.split(/\s+/);
  const lines = [''];
  for (const w of words) {
    const cur = lines[lines.length - 1]!;
    if ((cur + ' ' + w).trim().length > max && cur && lines.length < 2) lines.push(w);
    else lines[lines.length - 1] = (cur + ' ' + w).trim();
  }
  if (lines[1] && lines[1].length > max) lines[1] = lines[1].slice(0, max - 1) + '…';
  return lines;
}

/**
 * Horizontal bar chart of the Index: per policy area the city's score and the sample average (0–100).
 * A self-contained SVG (no external fonts or images) so resvg draws it the same everywhere.
 */
export function indexChartSvg(rows: IndexRow[], labels: IndexChartLabels): string {
  const width = 1600;
  const labelW = 520;
  const rowH = 64;
  const top = 90;
  const plotW = width - labelW - 80;
  const height = top + rows.length * rowH + 70;
  const x = (v: number) => labelW + (Math.max(0, Math.min(100, v)) / 100) * plotW;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(FONT)}">`);
  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  // Legend: colour and a text label, so the chart reads in black and white too.
  parts.push(`<rect x="${labelW}" y="24" width="28" height="28" fill="#1c5d99"/><text x="${labelW + 40}" y="47" font-size="26" fill="#222">${esc(labels.city)}</text>`);
  parts.push(`<rect x="${labelW + 300}" y="24" width="28" height="28" fill="#b8c4d0"/><text x="${labelW + 340}" y="47" font-size="26" fill="#222">${esc(labels.sample)}</text>`);
  for (let t = 0; t <= 100; t += 20) {
    parts.push(`<line x1="${x(t)}" y1="${top - 10}" x2="${x(t)}" y2="${top + rows.length * rowH}" stroke="#d5d9de" stroke-width="2"/>`);
    parts.push(`<text x="${x(t)}" y="${top + rows.length * rowH + 40}" font-size="24" fill="#555" text-anchor="middle">${t}</text>`);
  }
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    const lines = wrap(r.name, 34);
    lines.forEach((line, k) => {
      const ly = y + rowH / 2 + 9 + (k - (lines.length - 1) / 2) * 28;
      parts.push(`<text x="${labelW - 16}" y="${ly}" font-size="25" fill="#222" text-anchor="end">${esc(line)}</text>`);
    });
    if (r.city !== null) {
      parts.push(`<rect x="${labelW}" y="${y + 8}" width="${x(r.city) - labelW}" height="24" fill="#1c5d99"/>`);
      parts.push(`<text x="${x(r.city) + 8}" y="${y + 29}" font-size="22" fill="#1c5d99">${Math.round(r.city)}</text>`);
    }
    if (r.sample !== null) {
      parts.push(`<rect x="${labelW}" y="${y + 34}" width="${x(r.sample) - labelW}" height="20" fill="#b8c4d0"/>`);
      parts.push(`<text x="${x(r.sample) + 8}" y="${y + 52}" font-size="20" fill="#555">${Math.round(r.sample)}</text>`);
    }
  });
  parts.push(`<line x1="${labelW}" y1="${top - 10}" x2="${labelW}" y2="${top + rows.length * rowH}" stroke="#555" stroke-width="2"/>`);
  parts.push('</svg>');
  return parts.join('');
}

/**
 * Headless stakeholder map as standalone SVG, drawn from stored data (positions, categories, relations).
 * No external fonts, images or CSS, so @resvg/resvg-js rasterises it for the Word export. All text is
 * XML-escaped: names typed by users never become markup.
 */
import { indicatorName } from '../../shared/domain/indicators';
import {
  ATTITUDE_STYLE,
  RELATION_LABELS,
  RELATION_STYLE,
  RELATION_TYPES,
  categoryColor,
  categoryLabel,
  type Stakeholder,
} from '../../shared/domain/stakeholders';
import type { VisitHandle } from '../services/visit-library';
import { listPolicyAreaNodes, listRelations, listStakeholders } from '../services/stakeholders';

export interface MapFigureOptions {
  /** Replace names by "Category n" (names can identify people); contact data is never drawn. */
  anonymise: boolean;
  lang: 'en' | 'fr';
  width?: number;
  height?: number;
}

const NODE_W = 200;
const NODE_H = 58;
const AREA_W = 150;
const AREA_H = 30;
const LEGEND_H = 40;

export const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    // Control characters are not allowed in XML 1.0 and would make the figure unreadable.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

const truncate = (s: string, max: number): string => (Array.from(s).length > max ? Array.from(s).slice(0, max - 1).join('') + '…' : s);

/** Up to two lines of at most `max` characters, breaking at spaces when possible; the rest ends in "…". */
export function wrapTwoLines(text: string, max: number): string[] {
  const chars = Array.from(text);
  if (chars.length <= max) return [text];
  const head = chars.slice(0, max + 1).join('');
  const cut = head.lastIndexOf(' ');
  const first = cut > max / 3 ? head.slice(0, cut) : chars.slice(0, max).join('');
  return [first, truncate(text.slice(first.length).trim(), max)];
}

interface Placed { id: string; x: number; y: number; w: number; h: number }

/** Nodes never placed on the canvas get a ring so the figure is readable even before anyone drew the map. */
function ringPositions(count: number, radius: number): { x: number; y: number }[] {
  return Array.from({ length: count }, (_, i) => ({ x: radius * Math.cos((2 * Math.PI * i) / Math.max(count, 1)), y: radius * Math.sin((2 * Math.PI * i) / Math.max(count, 1)) }));
}

export function buildMapSvg(handle: Pick<VisitHandle, 'sqlite'>, options: MapFigureOptions): string {
  const stakeholders = listStakeholders(handle);
  const relations = listRelations(handle);
  const areas = listPolicyAreaNodes(handle, [...new Set(stakeholders.flatMap((s) => s.policyAreas))]);

  const unplaced = stakeholders.filter((s) => s.x === null || s.y === null);
  const ring = ringPositions(unplaced.length, 120 + unplaced.length * 25);
  const placed = new Map<string, Placed>();
  stakeholders.forEach((s) => {
    const r = s.x === null || s.y === null ? ring[unplaced.indexOf(s)]! : { x: s.x, y: s.y };
    placed.set(s.id, { id: s.id, x: r.x, y: r.y, w: NODE_W, h: NODE_H });
  });
  const areaRing = ringPositions(areas.length, 60 + areas.length * 20);
  areas.forEach((a, i) => placed.set(`pa:${a.id}`, { id: a.id, x: a.x ?? areaRing[i]!.x, y: a.y ?? areaRing[i]!.y, w: AREA_W, h: AREA_H }));

  const all = [...placed.values()];
  const minX = Math.min(0, ...all.map((p) => p.x)), minY = Math.min(0, ...all.map((p) => p.y));
  const maxX = Math.max(NODE_W, ...all.map((p) => p.x + p.w)), maxY = Math.max(NODE_H, ...all.map((p) => p.y + p.h));
  const pad = 30;
  // Without a requested size the figure is drawn at 1:1 (text stays legible), within sensible bounds.
  const width = options.width ?? Math.round(Math.min(4000, Math.max(1200, maxX - minX + 2 * pad)));
  const height = options.height ?? Math.round(Math.min(3000, Math.max(700, maxY - minY + 2 * pad + LEGEND_H)));
  const drawH = height - LEGEND_H;
  const scale = Math.min((width - 2 * pad) / (maxX - minX || 1), (drawH - 2 * pad) / (maxY - minY || 1), 2);
  const ox = pad - minX * scale + ((width - 2 * pad) - (maxX - minX) * scale) / 2;
  const oy = pad - minY * scale + ((drawH - 2 * pad) - (maxY - minY) * scale) / 2;
  const T = (p: Placed) => ({ x: ox + p.x * scale, y: oy + p.y * scale, w: p.w * scale, h: p.h * scale });

  const counters = new Map<string, number>();
  const anonName = new Map<string, string>();
  for (const s of stakeholders) {
    const n = (counters.get(s.category) ?? 0) + 1;
    counters.set(s.category, n);
    anonName.set(s.id, `${categoryLabel(s.category, options.lang)} ${n}`);
  }
  const label = (s: Stakeholder) => (options.anonymise ? anonName.get(s.id)! : s.name);
  const fs = Math.max(8, Math.min(14, 12 * scale));
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Arial, Helvetica, sans-serif">`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push('<defs>');
  for (const t of RELATION_TYPES) out.push(`<marker id="arrow-${t}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${RELATION_STYLE[t].color}"/></marker>`);
  out.push('</defs>');

  const centre = (p: Placed) => { const t = T(p); return { x: t.x + t.w / 2, y: t.y + t.h / 2 }; };
  // Stakeholder → policy area links first (thin, grey), so typed relations draw above them.
  for (const s of stakeholders) for (const a of s.policyAreas) {
    const from = placed.get(s.id), to = placed.get(`pa:${a}`);
    if (!from || !to) continue;
    const p = centre(from), q = centre(to);
    out.push(`<line x1="${p.x.toFixed(1)}" y1="${p.y.toFixed(1)}" x2="${q.x.toFixed(1)}" y2="${q.y.toFixed(1)}" stroke="#ced4da" stroke-width="1"/>`);
  }
  for (const r of relations) {
    const from = placed.get(r.sourceId), to = placed.get(r.targetId);
    if (!from || !to) continue;
    const st = RELATION_STYLE[r.type];
    const p = centre(from), q = centre(to);
    out.push(
      `<line x1="${p.x.toFixed(1)}" y1="${p.y.toFixed(1)}" x2="${q.x.toFixed(1)}" y2="${q.y.toFixed(1)}" stroke="${st.color}" stroke-width="${(0.8 + r.strength * 0.8).toFixed(1)}"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}${st.arrow ? ` marker-end="url(#arrow-${r.type})"` : ''}/>`,
    );
    if (r.label) out.push(`<text x="${((p.x + q.x) / 2).toFixed(1)}" y="${((p.y + q.y) / 2 - 3).toFixed(1)}" font-size="${(fs * 0.8).toFixed(1)}" fill="${st.color}" text-anchor="middle">${escapeXml(truncate(r.label, 30))}</text>`);
  }
  for (const a of areas) {
    const t = T(placed.get(`pa:${a.id}`)!);
    out.push(`<rect x="${t.x.toFixed(1)}" y="${t.y.toFixed(1)}" width="${t.w.toFixed(1)}" height="${t.h.toFixed(1)}" rx="${(t.h / 2).toFixed(1)}" fill="#fff9db" stroke="#f59f00"/>`);
    out.push(`<text x="${(t.x + t.w / 2).toFixed(1)}" y="${(t.y + t.h / 2 + fs * 0.35).toFixed(1)}" font-size="${(fs * 0.9).toFixed(1)}" text-anchor="middle" fill="#5c3c00">${escapeXml(truncate(indicatorName(a.id, options.lang), 24))}</text>`);
  }
  for (const s of stakeholders) {
    const t = T(placed.get(s.id)!);
    const color = categoryColor(s.category);
    const att = ATTITUDE_STYLE[s.attitude];
    out.push(`<rect x="${t.x.toFixed(1)}" y="${t.y.toFixed(1)}" width="${t.w.toFixed(1)}" height="${t.h.toFixed(1)}" rx="6" fill="#ffffff" stroke="${color}" stroke-width="${(1 + s.influence * 0.5).toFixed(1)}"/>`);
    out.push(`<rect x="${t.x.toFixed(1)}" y="${t.y.toFixed(1)}" width="${(6 * scale).toFixed(1)}" height="${t.h.toFixed(1)}" fill="${color}"/>`);
    // direction="auto"-like behaviour: resvg shapes RTL text itself; we only keep the string whole.
    const r = 8 * scale;
    // Characters that fit between the colour bar and the attitude marker (bold glyphs ≈ 0.62 em wide).
    const fit = (size: number) => Math.max(4, Math.floor((t.w - 10 * scale - 2 * r - 8) / (size * 0.62)));
    const lines = wrapTwoLines(label(s), fit(fs));
    lines.forEach((line, i) => {
      const y = t.y + t.h * (lines.length === 1 ? 0.42 : 0.3 + i * 0.27);
      out.push(`<text x="${(t.x + 10 * scale).toFixed(1)}" y="${y.toFixed(1)}" font-size="${fs.toFixed(1)}" font-weight="bold" fill="#212529">${escapeXml(line)}</text>`);
    });
    out.push(`<text x="${(t.x + 10 * scale).toFixed(1)}" y="${(t.y + t.h * 0.88).toFixed(1)}" font-size="${(fs * 0.8).toFixed(1)}" fill="#495057">${escapeXml(truncate(`${categoryLabel(s.category, options.lang)} · ${s.influence}/${s.interest}`, fit(fs * 0.8) + 4))}</text>`);
    out.push(`<circle cx="${(t.x + t.w - r - 3).toFixed(1)}" cy="${(t.y + r + 3).toFixed(1)}" r="${r.toFixed(1)}" fill="${att.color}"/>`);
    out.push(`<text x="${(t.x + t.w - r - 3).toFixed(1)}" y="${(t.y + r + 3 + r * 0.4).toFixed(1)}" font-size="${(r * 1.1).toFixed(1)}" text-anchor="middle" fill="#ffffff" font-weight="bold">${escapeXml(att.symbol)}</text>`);
  }
  // Legend of relation types along the bottom.
  let lx = pad;
  const ly = height - LEGEND_H / 2;
  for (const t of RELATION_TYPES) {
    const st = RELATION_STYLE[t];
    out.push(`<line x1="${lx}" y1="${ly}" x2="${lx + 30}" y2="${ly}" stroke="${st.color}" stroke-width="2.5"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/>`);
    out.push(`<text x="${lx + 36}" y="${ly + 4}" font-size="12" fill="#212529">${escapeXml(RELATION_LABELS[t][options.lang])}</text>`);
    lx += 60 + RELATION_LABELS[t][options.lang].length * 7;
  }
  out.push('</svg>');
  return out.join('\n');
}

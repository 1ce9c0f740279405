/**
 * From map data to React Flow nodes and edges, for each view. Pure: the same data always gives the same
 * layout, and node `data` objects are reused while their stakeholder is unchanged so memoised nodes skip renders.
 */
import type { Edge, Node } from '@xyflow/react';
import type { MapData, MapView } from '../../../../shared/domain/map';
import { QUADRANTS, type Quadrant, type Relation, type Stakeholder } from '../../../../shared/domain/stakeholders';

export const NODE_W = 190;
export const NODE_H = 56;
/** One step of influence/interest in the power–interest grid, in flow units. */
export const GRID_W = 430;
export const GRID_H = 330;

export interface Filters { categories: string[]; policyAreas: string[]; attitudes: string[]; levels: string[] }
export const noFilters: Filters = { categories: [], policyAreas: [], attitudes: [], levels: [] };
export const filtersActive = (f: Filters) => f.categories.length + f.policyAreas.length + f.attitudes.length + f.levels.length > 0;

export function matches(s: Stakeholder, f: Filters): boolean {
  if (f.categories.length && !f.categories.includes(s.category)) return false;
  if (f.attitudes.length && !f.attitudes.includes(s.attitude)) return false;
  if (f.levels.length && !f.levels.includes(s.level)) return false;
  if (f.policyAreas.length && !s.policyAreas.some((a) => f.policyAreas.includes(a))) return false;
  return true;
}

export interface StakeholderNodeData extends Record<string, unknown> { s: Stakeholder; dimmed: boolean; hidePersonal: boolean; lang: 'en' | 'fr' }
export interface AreaNodeData extends Record<string, unknown> { areaId: string; dimmed: boolean; lang: 'en' | 'fr' }
export interface QuadrantNodeData extends Record<string, unknown> { quadrant: Quadrant; lang: 'en' | 'fr' }
export interface RelationEdgeData extends Record<string, unknown> { r: Relation; dimmed: boolean }

/** Where a stakeholder without a stored position is drawn in the free map: rows just below the placed ones. */
function fallbackPosition(index: number, below: { x: number; y: number }): { x: number; y: number } {
  const perRow = 8;
  return { x: below.x + (index % perRow) * (NODE_W + 40), y: below.y + 80 + Math.floor(index / perRow) * (NODE_H + 40) };
}

/** Rows of two nodes in a grid cell, and where the first one starts below the cell's top. */
const CELL_ROW = NODE_H + 12;
const CELL_TOP = 42;

/**
 * The power–interest grid's rows: interest runs left to right in columns of GRID_W, influence top (5) to
 * bottom (1) in rows at least GRID_H high, and a row grows to hold its most crowded cell in rows of two
 * nodes, so no stakeholder covers another (the demo's 55 stakeholders cascaded over each other before).
 */
export interface GridLayout { top: Record<number, number>; height: Record<number, number> }

export function gridLayout(stakeholders: readonly Stakeholder[]): GridLayout {
  const counts = new Map<string, number>();
  for (const s of stakeholders) counts.set(`${s.influence}:${s.interest}`, (counts.get(`${s.influence}:${s.interest}`) ?? 0) + 1);
  const top: Record<number, number> = {}, height: Record<number, number> = {};
  let y = 0;
  for (let influence = 5; influence >= 1; influence--) {
    let most = 0;
    for (let interest = 1; interest <= 5; interest++) most = Math.max(most, counts.get(`${influence}:${interest}`) ?? 0);
    top[influence] = y;
    height[influence] = Math.max(GRID_H, CELL_TOP + Math.ceil(most / 2) * CELL_ROW + 30);
    y += height[influence]!;
  }
  return { top, height };
}

/** Grid position of a stakeholder, the `slot`-th in its cell: interest on x (left low), influence on y (top high). */
export function gridPosition(layout: GridLayout, s: Stakeholder, slot: number): { x: number; y: number } {
  return {
    x: (s.interest - 1) * GRID_W + 15 + (slot % 2) * (NODE_W + 17),
    y: layout.top[s.influence]! + CELL_TOP + Math.floor(slot / 2) * CELL_ROW,
  };
}

/** Influence and interest for a node dropped at a flow position in the grid (its centre decides). */
export function gridValues(layout: GridLayout, x: number, y: number): { influence: number; interest: number } {
  const clamp = (v: number) => Math.min(5, Math.max(1, v));
  const cy = y + NODE_H / 2;
  let influence = 5;
  while (influence > 1 && cy >= layout.top[influence]! + layout.height[influence]!) influence--;
  return { interest: clamp(Math.floor((x + NODE_W / 2) / GRID_W) + 1), influence };
}

/** The Mendelow quadrants over the grid; values 3–5 count as high (quadrantOf), so the high band spans three rows. */
function quadrantRect(layout: GridLayout, q: Quadrant): { x: number; y: number; w: number; h: number } {
  const highH = layout.top[2]!, lowH = layout.top[1]! + layout.height[1]! - highH;
  const high = q === 'manage_closely' || q === 'keep_satisfied';
  const right = q === 'manage_closely' || q === 'keep_informed';
  return { x: right ? 2 * GRID_W : 0, y: high ? 0 : highH, w: right ? 3 * GRID_W : 2 * GRID_W, h: high ? highH : lowH };
}

const dataCache = new WeakMap<Stakeholder, Map<string, StakeholderNodeData>>();
function nodeData(s: Stakeholder, dimmed: boolean, hidePersonal: boolean, lang: 'en' | 'fr'): StakeholderNodeData {
  let byFlag = dataCache.get(s);
  if (!byFlag) dataCache.set(s, (byFlag = new Map()));
  const key = `${dimmed}|${hidePersonal}|${lang}`;
  let d = byFlag.get(key);
  if (!d) byFlag.set(key, (d = { s, dimmed, hidePersonal, lang }));
  return d;
}

const edgeCache = new WeakMap<Relation, [RelationEdgeData | undefined, RelationEdgeData | undefined]>();
function edgeData(r: Relation, dimmed: boolean): RelationEdgeData {
  let pair = edgeCache.get(r);
  if (!pair) edgeCache.set(r, (pair = [undefined, undefined]));
  const i = dimmed ? 1 : 0;
  return (pair[i] ??= { r, dimmed });
}
const linkData = [{ dimmed: false }, { dimmed: true }] as const;

/** `lang` travels in node data so the thousand node components need no i18n subscription each. */
export interface BuildOptions { view: MapView; filters: Filters; hidePersonal: boolean; selected: Set<string>; lang: 'en' | 'fr' }

export function buildNodes(data: MapData, o: BuildOptions): Node[] {
  const nodes: Node[] = [];
  const active = filtersActive(o.filters);
  const dim = (s: Stakeholder) => active && !matches(s, o.filters);
  if (o.view === 'grid') {
    const layout = gridLayout(data.stakeholders);
    for (const q of QUADRANTS) {
      const r = quadrantRect(layout, q);
      nodes.push({ id: `quad:${q}`, type: 'quadrant', position: { x: r.x, y: r.y }, data: { quadrant: q, lang: o.lang }, width: r.w, height: r.h, draggable: false, selectable: false, focusable: false, zIndex: -1, style: { width: r.w, height: r.h } });
    }
    const slots = new Map<string, number>();
    for (const s of data.stakeholders) {
      const key = `${s.influence}:${s.interest}`;
      const slot = slots.get(key) ?? 0;
      slots.set(key, slot + 1);
      nodes.push({ id: s.id, type: 'stakeholder', position: gridPosition(layout, s, slot), data: nodeData(s, dim(s), o.hidePersonal, o.lang), selected: o.selected.has(s.id) });
    }
    return nodes;
  }
  if (o.view === 'policy') {
    const columns = new Map<string, Stakeholder[]>();
    for (const a of data.policyAreas) columns.set(a.id, []);
    const none: Stakeholder[] = [];
    for (const s of data.stakeholders) {
      const first = s.policyAreas[0];
      if (first && columns.has(first)) columns.get(first)!.push(s);
      else none.push(s);
    }
    // Columns wrap into bands of six so the view stays roughly as wide as it is tall.
    const groups: [string | null, Stakeholder[]][] = [...columns.entries(), ...(none.length ? [[null, none] as [null, Stakeholder[]]] : [])];
    const PER_ROW = 6;
    let bandY = 0;
    for (let start = 0; start < groups.length; start += PER_ROW) {
      const band = groups.slice(start, start + PER_ROW);
      band.forEach(([areaId, members], i) => {
        const x = i * (NODE_W + 50);
        if (areaId) nodes.push({ id: `pa:${areaId}`, type: 'area', position: { x, y: bandY }, data: { areaId, lang: o.lang, dimmed: active && o.filters.policyAreas.length > 0 && !o.filters.policyAreas.includes(areaId) }, draggable: false });
        members.forEach((s, j) => nodes.push({ id: s.id, type: 'stakeholder', position: { x, y: bandY + 70 + j * (NODE_H + 12) }, data: nodeData(s, dim(s), o.hidePersonal, o.lang), selected: o.selected.has(s.id), draggable: false }));
      });
      bandY += 70 + Math.max(1, ...band.map(([, m]) => m.length)) * (NODE_H + 12) + 60;
    }
    return nodes;
  }
  let unplaced = 0;
  data.policyAreas.forEach((a, i) => {
    nodes.push({ id: `pa:${a.id}`, type: 'area', position: { x: a.x ?? i * 200, y: a.y ?? -600 }, data: { areaId: a.id, lang: o.lang, dimmed: active && o.filters.policyAreas.length > 0 && !o.filters.policyAreas.includes(a.id) }, selected: o.selected.has(`pa:${a.id}`) });
  });
  const placed = data.stakeholders.filter((s) => s.x !== null && s.y !== null);
  const below = { x: Math.min(0, ...placed.map((s) => s.x!)), y: Math.max(0, ...placed.map((s) => s.y! + NODE_H)) };
  for (const s of data.stakeholders) {
    const position = s.x !== null && s.y !== null ? { x: s.x, y: s.y } : fallbackPosition(unplaced++, below);
    nodes.push({ id: s.id, type: 'stakeholder', position, data: nodeData(s, dim(s), o.hidePersonal, o.lang), selected: o.selected.has(s.id) });
  }
  return nodes;
}

export function buildEdges(data: MapData, o: BuildOptions): Edge[] {
  const active = filtersActive(o.filters);
  const visible = new Map(data.stakeholders.map((s) => [s.id, !active || matches(s, o.filters)]));
  const edges: Edge[] = data.relations.map((r) => ({
    id: r.id,
    source: r.sourceId,
    target: r.targetId,
    type: 'relation',
    data: edgeData(r, !(visible.get(r.sourceId) && visible.get(r.targetId))),
    selected: o.selected.has(r.id),
  }));
  if (o.view === 'free') {
    const areas = new Set(data.policyAreas.map((a) => a.id));
    for (const s of data.stakeholders) for (const a of s.policyAreas) {
      if (areas.has(a)) edges.push({ id: `link:${s.id}:${a}`, source: s.id, target: `pa:${a}`, type: 'area', selectable: false, focusable: false, data: linkData[visible.get(s.id) ? 0 : 1] });
    }
  }
  return edges;
}

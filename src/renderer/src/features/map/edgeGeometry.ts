/**
 * Geometry of the far-out edge layer (EdgeLayer.tsx): where an edge runs and how it looks. Pure functions
 * over React Flow's node lookup, so they are unit-tested without a browser.
 */
import type { Edge, InternalNode } from '@xyflow/react';
import { RELATION_STYLE } from '../../../../shared/domain/stakeholders';
import { NODE_H, NODE_W, type RelationEdgeData } from './model';

export interface Segment { sx: number; sy: number; tx: number; ty: number }
export interface Stroke { id: string; d: string; stroke: string; width: number; opacity: number }

/** Where React Flow attaches edges on our nodes: the source's bottom handle and the target's top one. */
export function segment(e: Edge, lookup: Map<string, InternalNode>): Segment | null {
  const source = lookup.get(e.source), target = lookup.get(e.target);
  if (!source || !target) return null;
  const s = source.internals.positionAbsolute, t = target.internals.positionAbsolute;
  return {
    sx: s.x + (source.measured.width ?? NODE_W) / 2, sy: s.y + (source.measured.height ?? NODE_H),
    tx: t.x + (target.measured.width ?? NODE_W) / 2, ty: t.y,
  };
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** How each edge looks far out: its type's colour, its strength as width, dimmed by the filters. */
function look(e: Edge): Omit<Stroke, 'id' | 'd'> {
  const dimmed = Boolean((e.data as { dimmed?: boolean } | undefined)?.dimmed);
  if (e.type !== 'relation') return { stroke: '#adb5bd', width: 1, opacity: dimmed ? 0.1 : 0.6 };
  const r = (e.data as RelationEdgeData).r;
  return { stroke: RELATION_STYLE[r.type].color, width: 0.8 + r.strength * 1.1, opacity: dimmed ? 0.12 : 1 };
}

/**
 * Far out, where every edge of the map is on screen and a few pixels long: the edges grouped by colour,
 * width and dimming into one path each, without arrows or dashes (a dashed path this long would be
 * re-dashed for every raster tile).
 */
export function farStrokes(edges: Edge[], lookup: Map<string, InternalNode>): Stroke[] {
  const groups = new Map<string, Stroke>();
  for (const e of edges) {
    const g = segment(e, lookup);
    if (!g) continue;
    const l = look(e);
    const key = `${l.stroke}:${l.width}:${l.opacity}`;
    const group = groups.get(key) ?? groups.set(key, { id: key, d: '', ...l }).get(key)!;
    group.d += `M${r1(g.sx)},${r1(g.sy)}L${r1(g.tx)},${r1(g.ty)}`;
  }
  return [...groups.values()];
}

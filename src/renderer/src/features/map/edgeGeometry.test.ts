import { describe, expect, it } from 'vitest';
import type { Edge, InternalNode } from '@xyflow/react';
import { farStrokes, segment } from './edgeGeometry';

const node = (id: string, x: number, y: number, width = 190, height = 60) =>
  [id, { id, measured: { width, height }, internals: { positionAbsolute: { x, y } } } as unknown as InternalNode] as const;
const lookup = new Map([node('a', 0, 0), node('b', 400, 300), node('c', 0, 600, 200, 80)]);
const relation = (id: string, source: string, target: string, type: string, strength: number, dimmed = false): Edge => ({
  id, source, target, type: 'relation', data: { r: { id, sourceId: source, targetId: target, type, label: '', strength }, dimmed },
});

describe('far-out edge layer geometry', () => {
  it('runs an edge from the bottom middle of its source to the top middle of its target, as React Flow does', () => {
    expect(segment(relation('r', 'a', 'c', 'funding', 1), lookup)).toEqual({ sx: 95, sy: 60, tx: 100, ty: 600 });
    expect(segment(relation('r', 'a', 'gone', 'funding', 1), lookup)).toBeNull();
  });

  it('groups edges of the same look into one path and keeps dimmed edges apart', () => {
    const strokes = farStrokes([
      relation('r1', 'a', 'b', 'partnership', 2),
      relation('r2', 'b', 'c', 'partnership', 2),
      relation('r3', 'a', 'c', 'partnership', 2, true),
      relation('r4', 'a', 'b', 'conflict', 2),
      relation('r5', 'a', 'gone', 'conflict', 2),
      { id: 'link:a:x', source: 'a', target: 'c', type: 'area', data: { dimmed: false } },
    ], lookup);
    expect(strokes).toHaveLength(4);
    const partnership = strokes.find((s) => s.opacity === 1 && s.stroke === '#2b8a3e')!;
    expect(partnership.d).toBe('M95,60L495,300M495,360L100,600');
    expect(partnership.width).toBeCloseTo(3);
    expect(strokes.find((s) => s.stroke === '#2b8a3e' && s.opacity < 1)!.d).toBe('M95,60L100,600');
    expect(strokes.find((s) => s.stroke === '#e03131')!.d).toBe('M95,60L495,300');
    expect(strokes.find((s) => s.stroke === '#adb5bd')!.opacity).toBe(0.6);
  });
});

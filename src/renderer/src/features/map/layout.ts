/**
 * Automatic layout with ELK: stress (relations pull connected stakeholders together) followed by
 * sporeOverlap (no two boxes overlap). Runs in a Web Worker so a 1,000-node layout never blocks the window.
 */
import ELK from 'elkjs/lib/elk-api.js';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { MapData } from '../../../../shared/domain/map';
import type { Op } from './ops';
import { NODE_H, NODE_W } from './model';

let elk: InstanceType<typeof ELK> | null = null;
const engine = () => (elk ??= new ELK({ workerUrl: elkWorkerUrl }));

export async function autoLayout(data: MapData): Promise<Op> {
  const areaIds = new Set(data.policyAreas.map((a) => a.id));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'stress',
      'elk.stress.desiredEdgeLength': '260',
      'elk.spacing.nodeNode': '50',
      'elk.separateConnectedComponents': 'true',
      'elk.spacing.componentComponent': '120',
    },
    children: [
      ...data.stakeholders.map((s) => ({ id: s.id, width: NODE_W, height: NODE_H })),
      ...data.policyAreas.map((a) => ({ id: `pa:${a.id}`, width: 170, height: 36 })),
    ],
    edges: [
      ...data.relations.map((r) => ({ id: r.id, sources: [r.sourceId], targets: [r.targetId] })),
      ...data.stakeholders.flatMap((s) => s.policyAreas.filter((a) => areaIds.has(a)).map((a) => ({ id: `link:${s.id}:${a}`, sources: [s.id], targets: [`pa:${a}`] }))),
    ],
  };
  const spread = await engine().layout(graph);
  // Stress places by relations but lets boxes overlap; ELK's overlap removal then pushes them apart.
  const out = await engine().layout({ ...graph, layoutOptions: { 'elk.algorithm': 'sporeOverlap', 'elk.spacing.nodeNode': '24' }, children: spread.children });
  const pos = new Map((out.children ?? []).map((c) => [c.id, { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) }]));
  return {
    kind: 'move',
    stakeholders: data.stakeholders.map((s) => ({ id: s.id, ...pos.get(s.id)! })),
    policyAreas: data.policyAreas.map((a) => ({ id: a.id, ...pos.get(`pa:${a.id}`)! })),
  };
}

/**
 * The canvas: React Flow over the map store. Node objects live in local state so a drag only touches the
 * dragged node; they are rebuilt from the data when the data, view or filters change.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type MouseEvent } from 'react';
import {
  Background, ConnectionMode, Controls, MiniMap, ReactFlow, applyEdgeChanges, applyNodeChanges, useReactFlow, useStore,
  type Connection, type Edge, type EdgeChange, type Node, type NodeChange, type OnSelectionChangeParams, type Viewport,
} from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { categoryColor, type RelationType } from '../../../../shared/domain/stakeholders';
import type { MapView } from '../../../../shared/domain/map';
import { buildEdges, buildNodes, gridLayout, gridValues, type Filters, type StakeholderNodeData } from './model';
import { EdgeMarkers, MapDetail, edgeTypes, nodeTypes } from './nodes';
import { EdgeLayer } from './EdgeLayer';
import type { MapStore } from './store';
import type { Op } from './ops';
import classes from './map.module.css';

export interface CanvasProps {
  /** Full detail whatever the zoom, for a PNG/SVG export: at 3x a zoomed-out view's names are legible. */
  fullDetail?: boolean;
  store: MapStore;
  view: MapView;
  filters: Filters;
  hidePersonal: boolean;
  relationType: RelationType;
  onSelection(ids: string[]): void;
  onAddAt(position: { x: number; y: number }, category?: string): void;
  onViewport(viewport: Viewport): void;
  colorMode: 'light' | 'dark';
}

function reuseUnchanged<T extends Node | Edge>(prev: T[], next: T[]): T[] {
  const byId = new Map(prev.map((p) => [p.id, p]));
  let same = prev.length === next.length;
  const merged = next.map((n, i) => {
    const p = byId.get(n.id);
    if (!p) return (same = false), n;
    const samePos = !('position' in n) || ((p as Node).position.x === (n as Node).position.x && (p as Node).position.y === (n as Node).position.y);
    if (p.data === n.data && samePos && p.type === n.type && (p as Node).draggable === (n as Node).draggable) {
      if (prev[i] !== p) same = false;
      return p;
    }
    same = false;
    // Keep what React Flow measured so a changed node does not flash while it is re-measured.
    return 'measured' in p ? ({ ...n, measured: (p as Node).measured, selected: p.selected } as T) : ({ ...n, selected: p.selected } as T);
  });
  return same ? prev : merged;
}

const minimapColor = (n: Node) => (n.type === 'stakeholder' ? categoryColor((n.data as StakeholderNodeData).s.category) : n.type === 'area' ? '#f59f00' : 'transparent');
const proOptions = { hideAttribution: true };
/**
 * Large maps: off-screen nodes and edges are not rendered (React Flow's culling), at every zoom, and far
 * out nodes are drawn as boxes (MapDetail). Culling matters at working zoom, where Chromium would
 * otherwise paint and layerize everything within ~4,000 px of the screen (a node drag at 1,000 nodes:
 * ~50 ms main thread per frame unculled, ~13 ms culled). It stays on far out so that zooming out brings
 * nodes in a ring at a time instead of mounting the whole map in one frame, which took over a second at
 * 1,000 nodes; boxes keep each of those mounts cheap, and far out the edges are one layer (EdgeLayer)
 * instead of React Flow's.
 *
 * Small maps keep their names at every zoom: a workshop map of 50 stakeholders is often shown whole below
 * the far zoom on a projector, where its names matter, and it draws fast anyway.
 */
const LARGE_MAP = 150;
const FAR_ZOOM = 0.45;
/** Far out on a large map React Flow gets no edges: EdgeLayer draws them. */
const NO_EDGES: Edge[] = [];
/** Memoised: the page's own state (selection, quick-add text, panels) does not re-render the canvas. */
export const MapCanvas = memo(function MapCanvas({ fullDetail = false, store, view, filters, hidePersonal, relationType, onSelection, onAddAt, onViewport, colorMode }: CanvasProps) {
  const flow = useReactFlow();
  // One boolean from the store: re-renders only when the zoom crosses the threshold, not on every frame.
  const far = useStore((st) => st.transform[2] < FAR_ZOOM);
  const data = store.data!;
  const [nodes, setNodes] = useState<Node[]>([]);
  const [edges, setEdges] = useState<Edge[]>([]);
  const selectedRef = useRef<Set<string>>(new Set());

  const { i18n } = useTranslation();
  const lang: 'en' | 'fr' = i18n.language.startsWith('fr') ? 'fr' : 'en';
  useEffect(() => {
    const opts = { view, filters, hidePersonal, selected: selectedRef.current, lang };
    // Keep the previous object of every node/edge that did not change: React Flow then skips it entirely,
    // so a move or an edit of one stakeholder costs the same on a 1,000-node map as on a 10-node one.
    setNodes((prev) => reuseUnchanged(prev, buildNodes(data, opts)));
    setEdges((prev) => reuseUnchanged(prev, buildEdges(data, opts)));
  }, [data, view, filters, hidePersonal, lang]);

  // While the view pans, the viewport is its own compositor layer: panning then moves pixels instead of
  // repainting every node and edge each frame. Dropped at the end so the map is re-drawn crisp. Not for
  // wheel zoom: every scale step is re-rastered anyway, and under a will-change layer Chromium splits the
  // spread-out edges and nodes into dozens of overlap layers, which tripled the raster time per zoom frame.
  const wrapperRef = useRef<HTMLDivElement>(null);
  // While a wheel zoom is under way on a large map its edges are the plain layer too: every zoom step
  // brings a ring of edges on screen, and creating them as React Flow edges made those steps 80-100 ms.
  // Arrows, dashes and labels come back when the wheel stops.
  const [wheeling, setWheeling] = useState(false);
  const onMoveStart = useCallback((event: globalThis.MouseEvent | TouchEvent | null) => {
    if (event?.type === 'wheel') setWheeling(true);
    else if (wrapperRef.current) wrapperRef.current.dataset.moving = '1';
  }, []);

  const onNodesChange = useCallback((changes: NodeChange[]) => setNodes((ns) => applyNodeChanges(changes, ns)), []);
  const onEdgesChange = useCallback((changes: EdgeChange[]) => setEdges((es) => applyEdgeChanges(changes, es)), []);

  const onSelectionChange = useCallback(
    ({ nodes: ns, edges: es }: OnSelectionChangeParams) => {
      const ids = [...ns.map((n) => n.id), ...es.map((e) => e.id)];
      selectedRef.current = new Set(ids);
      onSelection(ids);
    },
    [onSelection],
  );

  const onNodeDragStop = useCallback(
    (_e: unknown, _node: Node, dragged: Node[]) => {
      const sh = dragged.filter((n) => n.type === 'stakeholder');
      if (view === 'grid') {
        const changed: Op[] = [];
        // The grid as it is drawn: rows grow with their most crowded cell.
        const layout = gridLayout(store.data!.stakeholders);
        for (const n of sh) {
          const s = (n.data as StakeholderNodeData).s;
          const v = gridValues(layout, n.position.x, n.position.y);
          if (v.influence !== s.influence || v.interest !== s.interest) changed.push({ kind: 'updateStakeholder', id: s.id, patch: v });
        }
        // Dragging several stakeholders across the grid is one action, so one undo step.
        if (changed.length === 1) store.run(changed[0]!);
        else if (changed.length > 1) store.run({ kind: 'batch', ops: changed });
        // Snap back into the cell layout even when nothing changed.
        setNodes(buildNodes(store.data!, { view, filters, hidePersonal, selected: selectedRef.current, lang }));
        return;
      }
      if (view !== 'free') return;
      const op: Op = {
        kind: 'move',
        stakeholders: sh.map((n) => ({ id: n.id, x: Math.round(n.position.x), y: Math.round(n.position.y) })),
        policyAreas: dragged.filter((n) => n.type === 'area').map((n) => ({ id: n.id.slice(3), x: Math.round(n.position.x), y: Math.round(n.position.y) })),
      };
      store.run(op);
    },
    [view, store, filters, hidePersonal, lang],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      if (!c.source || !c.target || c.source === c.target) return;
      const area = c.source.startsWith('pa:') ? c.source : c.target.startsWith('pa:') ? c.target : null;
      if (area) {
        const sid = area === c.source ? c.target : c.source;
        const s = store.data!.stakeholders.find((x) => x.id === sid);
        const areaId = area.slice(3);
        if (s && !s.policyAreas.includes(areaId)) store.run({ kind: 'updateStakeholder', id: s.id, patch: { policyAreas: [...s.policyAreas, areaId] } });
        return;
      }
      const now = new Date().toISOString();
      store.run({
        kind: 'addStakeholders',
        stakeholders: [],
        relations: [{ id: crypto.randomUUID(), sourceId: c.source, targetId: c.target, type: relationType, label: '', strength: 2, createdAt: now, updatedAt: now }],
      });
    },
    [store, relationType],
  );

  const onDoubleClick = useCallback(
    (e: MouseEvent) => {
      if (!(e.target as HTMLElement).classList.contains('react-flow__pane')) return;
      onAddAt(flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
    },
    [flow, onAddAt],
  );

  const onDrop = useCallback(
    (e: DragEvent) => {
      const category = e.dataTransfer.getData('application/x-icc-category');
      if (!category) return;
      e.preventDefault();
      onAddAt(flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }), category);
    },
    [flow, onAddAt],
  );

  const large = data.stakeholders.length > LARGE_MAP;
  const boxes = far && large && !fullDetail;
  const edgeLayer = large && !fullDetail && (far || wheeling);
  const defaultViewport = useMemo(() => data.state.viewport ?? undefined, []); // eslint-disable-line react-hooks/exhaustive-deps
  const isValidConnection = useCallback((c: Connection | Edge) => c.source !== c.target && !(c.source.startsWith('pa:') && c.target.startsWith('pa:')), []);

  return (
    <MapDetail.Provider value={boxes ? 'boxes' : 'full'}>
      <div ref={wrapperRef} className={`${classes.canvas}${far ? ` ${classes.far}` : ''}`} style={{ width: '100%', height: '100%' }} onDoubleClick={onDoubleClick} onDragOver={(e) => e.preventDefault()} onDrop={onDrop} data-testid="map-canvas">
        <EdgeMarkers />
        <ReactFlow
          nodes={nodes}
          edges={edgeLayer ? NO_EDGES : edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onSelectionChange={onSelectionChange}
          onNodeDragStop={onNodeDragStop}
          onConnect={onConnect}
          isValidConnection={isValidConnection}
          connectionMode={ConnectionMode.Loose}
          onMoveStart={onMoveStart}
          onMoveEnd={(_e, vp) => {
            delete wrapperRef.current?.dataset.moving;
            setWheeling(false);
            onViewport(vp);
          }}
          defaultViewport={defaultViewport}
          fitView={!defaultViewport}
          minZoom={0.05}
          maxZoom={3}
          zoomOnDoubleClick={false}
          deleteKeyCode={null}
          multiSelectionKeyCode="Shift"
          selectionKeyCode="Shift"
          onlyRenderVisibleElements={large}
          colorMode={colorMode}
          proOptions={proOptions}
        >
          {edgeLayer && <EdgeLayer edges={edges} />}
          <Background gap={24} />
          <MiniMap pannable zoomable nodeColor={minimapColor} nodeStrokeWidth={0} />
          <Controls />
        </ReactFlow>
      </div>
    </MapDetail.Provider>
  );
});

/**
 * The edges of a large map as one SVG layer of a few grouped paths: far out, and while a wheel zoom is
 * under way. React Flow draws each edge as its own <svg> with a store subscription, and every zoom step
 * that brought a ring of them on screen paid for creating them: zooming out of a 1,000-stakeholder map
 * froze the window for over a second at the far-zoom threshold, and zoom steps at working zoom took
 * 80-100 ms. The paths are rebuilt from the node positions React Flow holds; the edges of the nodes being
 * dragged are a list apart, so a drag far out redraws only them. Up close and at rest React Flow's own
 * edges are back (culled to the screen, where they are few), with labels, arrows, dashes and clicks.
 */
import { memo, useMemo } from 'react';
import { ViewportPortal, useStore, useStoreApi, type Edge } from '@xyflow/react';
import { farStrokes, type Stroke } from './edgeGeometry';
import classes from './map.module.css';

/** Memoised: while the list keeps its identity (the still edges during a drag) React skips it whole. */
const Paths = memo(function Paths({ list }: { list: Stroke[] }) {
  return list.map((s) => <path key={s.id} d={s.d} fill="none" stroke={s.stroke} strokeWidth={s.width} opacity={s.opacity} />);
});

export const EdgeLayer = memo(function EdgeLayer({ edges }: { edges: Edge[] }) {
  const nodes = useStore((s) => s.nodes);
  const lookup = useStoreApi().getState().nodeLookup;
  const draggingKey = useMemo(() => nodes.filter((n) => n.dragging).map((n) => n.id).join('\n'), [nodes]);
  const [still, moving] = useMemo(() => {
    const ids = new Set(draggingKey ? draggingKey.split('\n') : []);
    const touches = (e: Edge) => ids.has(e.source) || ids.has(e.target);
    return [edges.filter((e) => !touches(e)), edges.filter(touches)];
  }, [edges, draggingKey]);
  // During a drag the other nodes stay put, so the still edges keep their paths; otherwise any change of
  // the nodes (undo, layout, a measured size) redraws them. The lookup is a Map React Flow updates in
  // place: `nodes` is the signal that it changed.
  const stillTrigger = draggingKey ? draggingKey : nodes;
  const stillStrokes = useMemo(() => farStrokes(still, lookup), [still, stillTrigger]); // eslint-disable-line react-hooks/exhaustive-deps
  const movingStrokes = useMemo(() => farStrokes(moving, lookup), [moving, nodes]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <ViewportPortal>
      {/* z-index -1: under the nodes, which come before the portal in the viewport but are positioned. */}
      <svg data-testid="map-edge-layer" className={classes.edgeLayer} aria-hidden>
        <Paths list={stillStrokes} />
        <Paths list={movingStrokes} />
      </svg>
    </ViewportPortal>
  );
});

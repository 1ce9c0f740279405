/**
 * Custom nodes and edges. All memoised, and the type maps are module constants, so React Flow never
 * remounts them and dragging one node re-renders only that node. Text is rendered by React (escaped).
 */
import { createContext, memo, useContext } from 'react';
import { BaseEdge, EdgeLabelRenderer, Handle, Position, getStraightPath, type Edge, type EdgeProps, type Node, type NodeProps } from '@xyflow/react';
import {
  IconBriefcase, IconBuilding, IconBuildingBank, IconBuildingChurch, IconBuildingCommunity, IconCompass, IconHome, IconMoodKid,
  IconNetwork, IconNews, IconSchool, IconShield, IconTag, IconUsersGroup, IconWorld, type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { indicatorName } from '../../../../shared/domain/indicators';
import { ATTITUDE_LABELS, ATTITUDE_STYLE, QUADRANT_LABELS, RELATION_LABELS, RELATION_STYLE, categoryColor, categoryDef, categoryLabel } from '../../../../shared/domain/stakeholders';
import type { AreaNodeData, QuadrantNodeData, RelationEdgeData, StakeholderNodeData } from './model';
import classes from './map.module.css';

const ICONS: Record<string, Icon> = {
  'building-bank': IconBuildingBank, building: IconBuilding, compass: IconCompass, shield: IconShield, school: IconSchool,
  'users-group': IconUsersGroup, world: IconWorld, 'building-church': IconBuildingChurch, briefcase: IconBriefcase, news: IconNews,
  'mood-kid': IconMoodKid, home: IconHome, 'building-community': IconBuildingCommunity, network: IconNetwork, tag: IconTag,
};
export const categoryIcon = (category: string): Icon => ICONS[categoryDef(category)?.icon ?? 'tag'] ?? IconTag;
const lang = (l: string): 'en' | 'fr' => (l.startsWith('fr') ? 'fr' : 'en');

/**
 * Level of detail, set by the canvas: `boxes` far out on large maps. Text there is under ~5 px on screen
 * and unreadable anyway, and every element a node or edge has is paid for when it mounts: zooming out of a
 * 1,000-node map brings hundreds of them on screen, and drawing them whole froze the window for over a
 * second. So far out a node is drawn as its box (category colour, influence as border width, attitude
 * dot, selection ring). Rendered, not hidden by CSS: hidden elements cost the same to create, style and
 * lay out. (Far out and during a wheel zoom, the edges of large maps are one layer: EdgeLayer.tsx.)
 */
export const MapDetail = createContext<'full' | 'boxes'>('full');

export const StakeholderNode = memo(function StakeholderNode({ data, selected }: NodeProps<Node<StakeholderNodeData, 'stakeholder'>>) {
  const { s, dimmed, lang: l } = data;
  const color = categoryColor(s.category);
  const att = ATTITUDE_STYLE[s.attitude];
  if (useContext(MapDetail) === 'boxes') {
    return (
      <div
        className={`${classes.node} ${classes.box}`}
        data-selected={selected || undefined}
        data-dimmed={dimmed || undefined}
        data-testid="stakeholder-node"
        data-name={s.name}
        style={{ borderColor: color, borderWidth: 1 + s.influence * 0.6 }}
        title={s.name}
      >
        <Handle type="target" position={Position.Top} className={classes.handle} />
        <div className={classes.nodeBar} style={{ background: color }} />
        <span className={classes.attitudeDot} style={{ background: att.color }} />
        <Handle type="source" position={Position.Bottom} className={classes.handle} />
      </div>
    );
  }
  const CatIcon = categoryIcon(s.category);
  return (
    <div
      className={classes.node}
      data-selected={selected || undefined}
      data-dimmed={dimmed || undefined}
      data-testid="stakeholder-node"
      data-name={s.name}
      style={{ borderColor: color, borderWidth: 1 + s.influence * 0.6 }}
      title={`${s.name}${s.organisation ? ` — ${s.organisation}` : ''}`}
    >
      <Handle type="target" position={Position.Top} className={classes.handle} />
      <div className={classes.nodeBar} style={{ background: color }}>
        <CatIcon size={14} color="#fff" aria-hidden />
      </div>
      <div className={classes.nodeBody}>
        <div className={classes.nodeName} dir="auto">
          {s.name}
        </div>
        <div className={classes.nodeMeta}>{categoryLabel(s.category, l)}</div>
      </div>
      <div className={classes.badges}>
        <span className={classes.attitude} style={{ background: att.color }} title={ATTITUDE_LABELS[s.attitude][l]} aria-label={ATTITUDE_LABELS[s.attitude][l]}>
          {att.symbol}
        </span>
        <span className={classes.influence} title={`Influence ${s.influence}/5`}>{s.influence}</span>
      </div>
      {s.duplicateOf.length > 0 && <span className={classes.dup} title="Duplicate name">⧉</span>}
      <Handle type="source" position={Position.Bottom} className={classes.handle} />
    </div>
  );
});

export const AreaNode = memo(function AreaNode({ data, selected }: NodeProps<Node<AreaNodeData, 'area'>>) {
  return (
    <div className={classes.area} data-selected={selected || undefined} data-dimmed={data.dimmed || undefined} data-testid="area-node">
      <Handle type="target" position={Position.Top} className={classes.handle} />
      {indicatorName(data.areaId, data.lang)}
      <Handle type="source" position={Position.Bottom} className={classes.handle} />
    </div>
  );
});

export const QuadrantNode = memo(function QuadrantNode({ data }: NodeProps<Node<QuadrantNodeData, 'quadrant'>>) {
  return (
    <div className={classes.quadrant} data-quadrant={data.quadrant} data-testid={`quadrant-${data.quadrant}`}>
      <span>{QUADRANT_LABELS[data.quadrant][data.lang]}</span>
    </div>
  );
});

/** Only a selected unlabelled edge shows its type name, so only it subscribes to the language. */
function TypeName({ type }: { type: RelationEdgeData['r']['type'] }) {
  const { i18n } = useTranslation();
  return <>{RELATION_LABELS[type][lang(i18n.language)]}</>;
}

export const RelationEdge = memo(function RelationEdge(props: EdgeProps<Edge<RelationEdgeData, 'relation'>>) {
  const r = props.data!.r;
  const st = RELATION_STYLE[r.type];
  const [path, lx, ly] = getStraightPath({ sourceX: props.sourceX, sourceY: props.sourceY, targetX: props.targetX, targetY: props.targetY });
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        markerEnd={st.arrow ? `url(#map-arrow-${r.type})` : undefined}
        interactionWidth={14}
        style={{ stroke: st.color, strokeWidth: (props.selected ? 2 : 0.8) + r.strength * 1.1, strokeDasharray: st.dash || undefined, opacity: props.data!.dimmed ? 0.12 : 1 }}
      />
      {(r.label || props.selected) && (
        <EdgeLabelRenderer>
          <div className={classes.edgeLabel} style={{ transform: `translate(-50%, -50%) translate(${lx}px,${ly}px)`, color: st.color, opacity: props.data!.dimmed ? 0.15 : 1 }} dir="auto">
            {r.label || <TypeName type={r.type} />}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

export const AreaEdge = memo(function AreaEdge(props: EdgeProps<Edge<{ dimmed: boolean }, 'area'>>) {
  const [path] = getStraightPath({ sourceX: props.sourceX, sourceY: props.sourceY, targetX: props.targetX, targetY: props.targetY });
  return <BaseEdge id={props.id} path={path} style={{ stroke: '#adb5bd', strokeWidth: 1, opacity: props.data?.dimmed ? 0.1 : 0.6 }} />;
});

/** Arrow heads per relation type, referenced by `url(#map-arrow-<type>)`. */
export function EdgeMarkers() {
  return (
    <svg style={{ position: 'absolute', width: 0, height: 0 }} aria-hidden>
      <defs>
        {Object.entries(RELATION_STYLE).map(([type, st]) => (
          <marker key={type} id={`map-arrow-${type}`} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill={st.color} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}

export const nodeTypes = { stakeholder: StakeholderNode, area: AreaNode, quadrant: QuadrantNode };
export const edgeTypes = { relation: RelationEdge, area: AreaEdge };

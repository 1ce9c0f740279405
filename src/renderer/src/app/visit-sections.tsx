import { lazy, type ComponentType } from 'react';
import { IconChartBar, IconFileExport, IconHistory, IconHome, IconMessages, IconSitemap, IconTargetArrow, type Icon } from '@tabler/icons-react';
import { VisitOverviewPage } from '../features/visits/VisitOverviewPage';

// Each section's code loads when it is first opened, so the visit list appears fast.
const IndexPage = lazy(() => import('../features/index').then((m) => ({ default: m.IndexPage })));
const MapPage = lazy(() => import('../features/map').then((m) => ({ default: m.MapPage })));
const InterviewsPage = lazy(() => import('../features/interviews').then((m) => ({ default: m.InterviewsPage })));
const StrategyPage = lazy(() => import('../features/strategy').then((m) => ({ default: m.StrategyPage })));
const ExportPage = lazy(() => import('../features/export').then((m) => ({ default: m.ExportPage })));
const VersionsPage = lazy(() => import('../features/versions').then((m) => ({ default: m.VersionsPage })));

/** The sections inside a visit, in navigation order; Alt+1…7 jump to them. Each feature owns its page. */
export interface VisitSection {
  key: string;
  /** Route below /visits/:visitId ('' for the overview). */
  path: string;
  labelKey: string;
  icon: Icon;
  Page: ComponentType;
}

export const visitSections: VisitSection[] = [
  { key: 'overview', path: '', labelKey: 'nav.overview', icon: IconHome, Page: VisitOverviewPage },
  { key: 'index', path: 'index', labelKey: 'nav.index', icon: IconChartBar, Page: IndexPage },
  { key: 'map', path: 'map', labelKey: 'nav.map', icon: IconSitemap, Page: MapPage },
  { key: 'interviews', path: 'interviews', labelKey: 'nav.interviews', icon: IconMessages, Page: InterviewsPage },
  { key: 'strategy', path: 'strategy', labelKey: 'nav.strategy', icon: IconTargetArrow, Page: StrategyPage },
  { key: 'export', path: 'export', labelKey: 'nav.export', icon: IconFileExport, Page: ExportPage },
  { key: 'versions', path: 'versions', labelKey: 'nav.versions', icon: IconHistory, Page: VersionsPage },
];

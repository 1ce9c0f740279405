import type { ComponentType } from 'react';
import { IconChartBar, IconFileExport, IconHistory, IconHome, IconMessages, IconSitemap, IconTargetArrow, type Icon } from '@tabler/icons-react';
import { VisitOverviewPage } from '../features/visits/VisitOverviewPage';
import { IndexPage } from '../features/index';
import { MapPage } from '../features/map';
import { InterviewsPage } from '../features/interviews';
import { StrategyPage } from '../features/strategy';
import { ExportPage } from '../features/export';
import { VersionsPage } from '../features/versions';

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

import { ComingSoon } from '../../components/ComingSoon';

export function ExportPage() {
  return <ComingSoon titleKey="nav.export" />;
}

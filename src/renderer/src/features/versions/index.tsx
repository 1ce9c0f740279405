import { ComingSoon } from '../../components/ComingSoon';

export function VersionsPage() {
  return <ComingSoon titleKey="nav.versions" />;
}

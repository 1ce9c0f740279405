import { ComingSoon } from '../../components/ComingSoon';

export function MapPage() {
  return <ComingSoon titleKey="nav.map" />;
}

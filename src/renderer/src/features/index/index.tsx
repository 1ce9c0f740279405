import { ComingSoon } from '../../components/ComingSoon';

export function IndexPage() {
  return <ComingSoon titleKey="nav.index" />;
}

import { ComingSoon } from '../../components/ComingSoon';

export function StrategyPage() {
  return <ComingSoon titleKey="nav.strategy" />;
}

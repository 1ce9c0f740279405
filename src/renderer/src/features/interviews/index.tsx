import { ComingSoon } from '../../components/ComingSoon';

export function InterviewsPage() {
  return <ComingSoon titleKey="nav.interviews" />;
}

import type { Metadata } from 'next';
import { ProgressView } from '../../../../../../_components/homework/progress-view';
import { loadOrRedirect, serverApi } from '../../../../../../_lib/server-api';

export const metadata: Metadata = { title: 'Progress' };

export default async function CoupleProgressPage({
  params,
}: {
  params: Promise<{ practiceId: string; coupleId: string }>;
}) {
  const { practiceId, coupleId } = await params;
  const api = await serverApi(practiceId);
  const progress = await loadOrRedirect(() => api.homework.progress({ coupleId }));
  // The couple's record layout gives the page its heading, tabs and <main>.
  return (
    <div>
      <p className="muted">
        Completion per behavior, and weekly check-in averages: partners’ self-ratings, their ratings of each
        other, and the gap between how each sees themself and how their partner sees them, beside the level
        you observed in signed session notes that week. Private answers are not counted.
      </p>
      <ProgressView progress={progress} selfLabel="Self" partnerLabel="By partner" />
    </div>
  );
}

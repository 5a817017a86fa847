import type { Metadata } from 'next';
import { ProgressView } from '../../../_components/homework/progress-view';
import { loadOrRedirect, serverApi } from '../../../_lib/server-api';

export const metadata: Metadata = { title: 'Progress' };

export default async function PortalProgressPage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const api = await serverApi(practiceId);
  const progress = await loadOrRedirect(() => api.portal.progress({}));
  return (
    <main id="main" className="narrow">
      <h1>Your progress</h1>
      <p className="muted">
        Behavior by behavior: the homework you have done, and how your weekly check-ins have moved. The gap is
        how far apart a self-rating and the partner’s rating of the same person were.
      </p>
      <ProgressView progress={progress} selfLabel="Self" partnerLabel="By partner" />
    </main>
  );
}

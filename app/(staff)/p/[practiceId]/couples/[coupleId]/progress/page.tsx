import type { Metadata } from 'next';
import { ProgressCharts } from '@/app/_components/homework/progress/progress-charts';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';

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
      <h2 className="m-0">Progress</h2>
      <p className="mt-1 mb-6 max-w-prose text-sm text-muted">
        Each behavior, week by week: how each partner rated themself beside how the other rated them (2 or
        more apart is shaded), from check-ins assigned as homework and the nine-behavior pulse alike; the
        homework each has done; and the level you observed in signed session notes. Private answers are not
        counted.
      </p>
      <ProgressCharts
        progress={progress}
        gapLabel="Perception gap"
        emptyHint="Assign homework or a check-in from the Homework tab, or ask the nine-behavior pulse from the Measures tab; progress appears here as the couple sends answers."
      />
    </div>
  );
}

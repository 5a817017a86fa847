import type { Metadata } from 'next';
import { ProgressCharts } from '@/app/_components/homework/progress/progress-charts';
import { Page, PageHeader } from '@/app/_components/ui/page';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';

export const metadata: Metadata = { title: 'Progress' };

export default async function PortalProgressPage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const api = await serverApi(practiceId);
  const progress = await loadOrRedirect(() => api.portal.progress({}));
  return (
    <Page width="narrow">
      <PageHeader
        title="Your progress"
        description="Behavior by behavior: the homework you have both done, and how your ratings in check-ins and quick questions have moved, each of you on a line of your own. Quick-question answers count only in the charts of the partner who gave them. Shaded weeks are where a rating of yourself and your partner’s rating of you were 2 or more apart."
      />
      <ProgressCharts
        progress={progress}
        you={progress.you}
        gapLabel="Seen differently"
        emptyHint="When you send this week’s homework, your progress starts to show here."
      />
    </Page>
  );
}

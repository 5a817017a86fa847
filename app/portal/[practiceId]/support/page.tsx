import { DoorOpen } from 'lucide-react';
import type { Metadata } from 'next';
import { Alert } from '@/app/_components/ui/alert';
import { PageHeader } from '@/app/_components/ui/page';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { PortalPage } from '../portal-page';
import { CrisisLineList } from './crisis-line-list';

export const metadata: Metadata = { title: 'Support' };

/** Reachable from the portal's navigation for every partner, always. */
export default async function SupportPage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const api = await serverApi(practiceId);
  const resources = await loadOrRedirect(() => api.safety.resources());
  return (
    <PortalPage>
      <PageHeader
        title="Support"
        description="These lines are free, confidential and open at any hour; you do not need to be sure something is wrong to call."
      />
      <Alert tone="danger" title="In danger right now?">
        <p>Call your local emergency number.</p>
      </Alert>
      <CrisisLineList lines={resources.lines} />
      <p className="m-0 flex items-start gap-2 text-sm text-muted">
        <DoorOpen aria-hidden className="mt-0.5 size-4 shrink-0" />
        Using a shared phone or computer? The Quick exit button at the top of every page leaves this site at
        once.
      </p>
    </PortalPage>
  );
}

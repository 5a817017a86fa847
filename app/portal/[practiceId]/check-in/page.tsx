import { CircleCheck, Lock } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { PageHeader } from '@/app/_components/ui/page';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { PortalPage } from '../portal-page';
import { CheckInForm } from './check-in-form';

export const metadata: Metadata = { title: 'Private check-in' };

export default async function CheckInPage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const api = await serverApi(practiceId);
  const [status, resources] = await loadOrRedirect(() =>
    Promise.all([api.safety.myStatus(), api.safety.resources()]),
  );
  return (
    <PortalPage>
      <PageHeader title="Your private check-in" />
      {status.checkInDue ? (
        <>
          <div className="flex gap-3 rounded-lg border border-brand-200 bg-brand-50 p-4 text-brand-900">
            <Lock aria-hidden className="mt-0.5 size-5 shrink-0 text-brand-700" />
            <p className="m-0">
              These questions are for you alone. Only you and your counselor can see your answers; your
              partner is never shown them or told whether you answered. Skip any question you prefer not to
              answer.
            </p>
          </div>
          <CheckInForm practiceId={practiceId} crisisLines={resources.lines} />
        </>
      ) : (
        <EmptyState icon={CircleCheck} title="You are up to date">
          <p>
            If you want to tell your counselor something privately, you can also bring it up at your next
            session. <Link href={`/portal/${practiceId}/support`}>Support lines</Link> are open at any hour.
          </p>
        </EmptyState>
      )}
    </PortalPage>
  );
}

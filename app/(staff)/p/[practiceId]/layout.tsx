import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { ApiProvider } from '@/app/_lib/trpc-client';
import { StaffHeader } from '@/app/(staff)/_shell/staff-header';
import { BillingBanner } from './billing-banner';

export default async function StaffLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ practiceId: string }>;
}) {
  const { practiceId } = await params;
  const api = await serverApi(practiceId);
  const [practice, mine] = await loadOrRedirect(() =>
    Promise.all([api.practice.current(), api.practice.mine()]),
  );
  if (practice.role === 'client') redirect(`/portal/${practiceId}`);
  const isAdmin = practice.role === 'owner' || practice.role === 'admin';
  return (
    <>
      <StaffHeader
        me={practice.me}
        practice={{ id: practiceId, isAdmin }}
        practices={mine}
        homeHref={`/p/${practiceId}/caseload`}
        notice={
          <BillingBanner
            practiceId={practiceId}
            access={practice.access}
            timeZone={practice.timeZone}
            isAdmin={isAdmin}
          />
        }
      />
      <ApiProvider practiceId={practiceId}>{children}</ApiProvider>
    </>
  );
}

import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { SignOutButton } from '../../../_components/sign-out-button';
import { loadOrRedirect, serverApi } from '../../../_lib/server-api';
import { ApiProvider } from '../../../_lib/trpc-client';
import { BillingBanner } from './billing-banner';
import { PracticeSwitcher } from './practice-switcher';
import { StaffNav } from './staff-nav';

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
      <header className="site-header">
        <div className="bar">
          <a className="brand" href={`/p/${practiceId}/caseload`}>
            Ninefold · <span>{practice.name}</span>
          </a>
          <StaffNav practiceId={practiceId} isAdmin={isAdmin} />
          <PracticeSwitcher current={practiceId} practices={mine} />
          <span className="muted">{practice.me.name}</span>
          <SignOutButton />
        </div>
        <BillingBanner
          practiceId={practiceId}
          access={practice.access}
          timeZone={practice.timeZone}
          isAdmin={isAdmin}
        />
      </header>
      <ApiProvider practiceId={practiceId}>{children}</ApiProvider>
    </>
  );
}

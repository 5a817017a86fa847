import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { SignOutButton } from '../../_components/sign-out-button';
import { loadOrRedirect, serverApi } from '../../_lib/server-api';
import { ApiProvider } from '../../_lib/trpc-client';
import { ClosedFileBanner } from './closed-file-banner';
import { PortalNav } from './portal-nav';
import { QuickExit } from './quick-exit';
import './portal.css';

export default async function PortalLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ practiceId: string }>;
}) {
  const { practiceId } = await params;
  const api = await serverApi(practiceId);
  const practice = await loadOrRedirect(() => api.practice.current());
  if (practice.role !== 'client') redirect(`/p/${practiceId}/caseload`);
  return (
    <>
      <header className="site-header">
        <div className="bar portal-top">
          <QuickExit />
          <a className="brand" href={`/portal/${practiceId}`}>
            Ninefold · <span>{practice.name}</span>
          </a>
          <SignOutButton />
        </div>
        <PortalNav practiceId={practiceId} />
        {practice.access.level === 'read-only' ? (
          <div className="bar">
            <p className="alert alert-warn" role="status">
              Your practice is read-only for now: you can read everything here, but new answers cannot be
              saved.
            </p>
          </div>
        ) : null}
        <ClosedFileBanner practiceId={practiceId} />
      </header>
      <ApiProvider practiceId={practiceId}>{children}</ApiProvider>
    </>
  );
}

import { LogOut } from 'lucide-react';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { Alert } from '@/app/_components/ui/alert';
import { LogoMark } from '@/app/_components/ui/logo';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { signOutAction } from '@/app/(auth)/_actions/sign-out';
import { ClosedFileBanner } from './closed-file-banner';
import { PortalNav } from './portal-nav';
import { QuickExit } from './quick-exit';

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
    <div className="min-h-dvh pb-24 md:pb-0">
      <QuickExit />
      <header className="sticky top-0 z-20 border-b border-line bg-surface/95 backdrop-blur">
        {/* The right end stays free for Quick exit, which is pinned there at every scroll position. */}
        <div className="mx-auto flex min-h-16 max-w-2xl items-center gap-3 py-2 pr-48 pl-4">
          <Link
            href={`/portal/${practiceId}`}
            className="flex min-h-11 min-w-0 items-center gap-2.5 no-underline"
          >
            <LogoMark />
            <span className="truncate font-semibold text-ink">{practice.name}</span>
          </Link>
          {/* On a phone, Sign out lives on the You page, away from Quick exit. */}
          <form action={signOutAction} className="ml-auto max-md:hidden">
            <button
              type="submit"
              className="inline-flex min-h-11 cursor-pointer items-center gap-1.5 rounded-md px-3 text-sm font-medium text-muted hover:bg-paper hover:text-ink"
            >
              <LogOut aria-hidden className="size-4" />
              Sign out
            </button>
          </form>
        </div>
      </header>
      <PortalNav practiceId={practiceId} />
      {practice.access.level === 'read-only' ? (
        <div className="mx-auto max-w-2xl px-4 pt-4">
          <Alert tone="warning" role="status">
            <p>
              Your practice is read-only for now: you can read everything here, but new answers cannot be
              saved.
            </p>
          </Alert>
        </div>
      ) : null}
      <ClosedFileBanner practiceId={practiceId} />
      {children}
    </div>
  );
}

import { ChevronRight, LogOut } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import type { MembershipRole } from '@/db/schema';
import { Badge } from '../_components/ui/badge';
import { Button } from '../_components/ui/button';
import { Card } from '../_components/ui/card';
import { EmptyState } from '../_components/ui/empty-state';
import { Logo } from '../_components/ui/logo';
import { Page } from '../_components/ui/page';
import { homePath } from '../_lib/home-path';
import { loadOrRedirect, serverApi } from '../_lib/server-api';
import { signOutAction } from '../(auth)/_actions/sign-out';

export const metadata: Metadata = { title: 'Your practices' };

const ROLE_LABELS: Record<MembershipRole, string> = {
  owner: 'Owner',
  admin: 'Admin',
  counselor: 'Counselor',
  client: 'Your portal',
};

/** After sign-in: straight into the only practice, or a choice between several. */
export default async function HomePage() {
  const practices = await loadOrRedirect(async () => (await serverApi()).practice.mine());
  const only = practices.length === 1 ? practices[0] : undefined;
  if (only) redirect(homePath(only.practiceId, only.role));
  return (
    <Page width="narrow" className="flex min-h-dvh flex-col justify-center py-10">
      <Logo className="mb-6 self-center text-lg" />
      <Card>
        <h1 className="m-0 mb-1 text-2xl">Choose a practice</h1>
        {practices.length === 0 ? (
          <EmptyState title="You are not part of a practice right now" className="mt-4">
            <p>Ask your practice for a new invitation, then open the link in its email.</p>
          </EmptyState>
        ) : (
          <>
            <p className="m-0 mb-4 text-muted">You belong to more than one. You can switch at any time.</p>
            <ul className="m-0 flex list-none flex-col gap-2 p-0">
              {practices.map((p) => (
                <li key={p.practiceId}>
                  <Link
                    href={homePath(p.practiceId, p.role)}
                    className="flex min-h-14 items-center gap-3 rounded-md border border-line px-4 py-3 text-ink no-underline hover:border-brand-200 hover:bg-brand-50"
                  >
                    <span className="min-w-0 flex-1 font-semibold">{p.name}</span>
                    <Badge tone={p.role === 'client' ? 'accent' : 'brand'}>{ROLE_LABELS[p.role]}</Badge>
                    <ChevronRight aria-hidden className="size-4 shrink-0 text-muted" />
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </Card>
      <form action={signOutAction} className="mt-4 self-center">
        <Button type="submit" variant="ghost">
          <LogOut aria-hidden />
          Sign out
        </Button>
      </form>
    </Page>
  );
}

import { MailX, UserPlus } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { CenteredCard } from '@/app/_components/centered-card';
import { Button } from '@/app/_components/ui/button';
import { getDb } from '@/server/db';
import { getInvitation } from '@/server/services/invitations/get-invitation';
import { AcceptInviteForm } from './accept-invite-form';

export const metadata: Metadata = { title: 'Invitation', referrer: 'no-referrer' };

export default async function InvitePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const { token } = await searchParams;
  const invitation = token && token.length <= 200 ? await getInvitation(await getDb(), token) : null;
  if (!token || !invitation || invitation.status !== 'valid') {
    return (
      <CenteredCard
        icon={MailX}
        title="This invitation no longer works"
        description={
          invitation?.status === 'used'
            ? 'It was already used. Sign in instead.'
            : 'It has expired or the link is incomplete. Ask your practice to send a new one.'
        }
      >
        <Button asChild variant="secondary" className="w-full">
          <Link href="/sign-in">Go to sign-in</Link>
        </Button>
      </CenteredCard>
    );
  }
  const staff = invitation.role !== 'client';
  return (
    <CenteredCard
      icon={UserPlus}
      title={`Join ${invitation.practiceName}`}
      description={
        <p>
          {staff
            ? `You are invited as ${invitation.role === 'admin' ? 'an admin' : 'a counselor'}.`
            : 'Your counselor set up a private space for you and your partner.'}{' '}
          Invitation for <strong className="break-all text-ink">{invitation.email}</strong>.
        </p>
      }
    >
      <AcceptInviteForm
        token={token}
        staff={staff}
        accountExists={invitation.accountExists}
        hasPassword={invitation.hasPassword}
      />
    </CenteredCard>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '../../../server/db';
import { getInvitation } from '../../../server/services/invitations/get-invitation';
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
      <main id="main" className="narrow">
        <h1>This invitation no longer works</h1>
        <p>
          {invitation?.status === 'used'
            ? 'It was already used. Sign in instead.'
            : 'It has expired or the link is incomplete. Ask your practice to send a new one.'}
        </p>
        <Link href="/sign-in">Go to sign-in</Link>
      </main>
    );
  }
  const staff = invitation.role !== 'client';
  return (
    <main id="main" className="narrow">
      <h1>Join {invitation.practiceName}</h1>
      <p>
        {staff
          ? `You are invited as ${invitation.role === 'admin' ? 'an admin' : 'a counselor'}.`
          : 'Your counselor set up a private space for you and your partner.'}{' '}
        Invitation for <strong>{invitation.email}</strong>.
      </p>
      <AcceptInviteForm
        token={token}
        staff={staff}
        accountExists={invitation.accountExists}
        hasPassword={invitation.hasPassword}
      />
    </main>
  );
}

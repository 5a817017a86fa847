import type { Metadata } from 'next';
import { loadOrRedirect, serverApi } from '../../../../_lib/server-api';
import { InviteMemberForm } from './invite-member-form';

export const metadata: Metadata = { title: 'Team' };

export default async function TeamPage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const api = await serverApi(practiceId);
  const [team, practice] = await loadOrRedirect(() => Promise.all([api.team.find(), api.practice.current()]));
  const canInvite = practice.role === 'owner' || practice.role === 'admin';
  return (
    <main id="main">
      <h1>Team</h1>
      <ul className="list card" aria-label="Team members">
        {team.members.map((m) => (
          <li key={m.membershipId}>
            <span>
              <strong>{m.name}</strong> <span className="muted">{m.email}</span>
            </span>
            <span className="badge">
              {m.role}
              {m.status === 'deactivated' ? ' · deactivated' : ''}
            </span>
          </li>
        ))}
      </ul>
      {team.pending.length > 0 ? (
        <>
          <h2>Pending invitations</h2>
          <ul className="list card" aria-label="Pending invitations">
            {team.pending.map((p) => (
              <li key={p.invitationId}>
                <span>{p.email}</span>
                <span className="badge warn">
                  {p.role} · expires {p.expiresAt.toLocaleDateString('en-US', { dateStyle: 'medium' })}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {canInvite ? <InviteMemberForm /> : null}
    </main>
  );
}

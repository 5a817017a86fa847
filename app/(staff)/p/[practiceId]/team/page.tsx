import type { Metadata } from 'next';
import { loadOrRedirect, serverApi } from '../../../../_lib/server-api';
import { formatDay } from '../../../../_lib/session-time';
import { InvitationActions } from './invitation-actions';
import { InviteMemberForm } from './invite-member-form';
import { MemberActions } from './member-actions';
import { ReassignCouplesForm } from './reassign-couples-form';

export const metadata: Metadata = { title: 'Team' };

export default async function TeamPage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const api = await serverApi(practiceId);
  const [team, practice] = await loadOrRedirect(() => Promise.all([api.team.find(), api.practice.current()]));
  const canManage = practice.role === 'owner' || practice.role === 'admin';
  const staff = team.members.flatMap((m) => (m.role === 'client' ? [] : [{ ...m, role: m.role }]));
  return (
    <main id="main">
      <h1>Team</h1>
      <ul className="list card" aria-label="Team members">
        {staff.map((m) => (
          <li key={m.membershipId}>
            <span>
              <strong>{m.name}</strong> <span className="muted">{m.email}</span>
            </span>
            <span className="badge">
              {m.role}
              {m.status === 'deactivated' ? ' · deactivated' : ''}
            </span>
            {canManage && m.email !== practice.me.email ? (
              <MemberActions member={m} actorIsOwner={practice.role === 'owner'} />
            ) : null}
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
                  {p.role} · expires {formatDay(p.expiresAt, practice.timeZone)}
                </span>
                {canManage ? <InvitationActions invitationId={p.invitationId} email={p.email} /> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {canManage ? <InviteMemberForm /> : null}
      {canManage && staff.length > 1 ? <ReassignCouplesForm members={staff} /> : null}
    </main>
  );
}

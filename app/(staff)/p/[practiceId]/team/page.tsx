import { MailPlus } from 'lucide-react';
import type { Metadata } from 'next';
import { Badge } from '@/app/_components/ui/badge';
import { Card, CardDescription, CardHeader, CardTitle } from '@/app/_components/ui/card';
import { type Column, DataTable } from '@/app/_components/ui/data-table';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Page, PageHeader } from '@/app/_components/ui/page';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { formatDay } from '@/app/_lib/session-time';
import { InvitationActions } from './invitation-actions';
import { InviteMemberForm } from './invite-member-form';
import { MemberActions } from './member-actions';
import { ReassignCouplesForm } from './reassign-couples-form';
import { ROLE_LABELS, ROLE_TONES, type StaffRole } from './role-labels';

export const metadata: Metadata = { title: 'Team' };

/** On a phone the table's rows are cards of their own, so the card around them steps aside. */
const TABLE_CARD = 'max-md:border-0 max-md:bg-transparent max-md:p-0 max-md:shadow-none';

type Member = {
  membershipId: string;
  name: string;
  email: string;
  role: StaffRole;
  status: 'active' | 'deactivated';
};
type Invitation = { invitationId: string; email: string; role: string; expiresAt: Date };

export default async function TeamPage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const api = await serverApi(practiceId);
  const [team, practice] = await loadOrRedirect(() => Promise.all([api.team.find(), api.practice.current()]));
  const canManage = practice.role === 'owner' || practice.role === 'admin';
  const staff: Member[] = team.members.flatMap((m) => (m.role === 'client' ? [] : [{ ...m, role: m.role }]));
  const isMe = (m: Member) => m.email === practice.me.email;

  const memberColumns: Column<Member>[] = [
    {
      key: 'name',
      header: 'Name',
      cell: (m) => (
        <div className="min-w-0">
          <p className="m-0 font-semibold text-ink">
            {m.name}
            {isMe(m) ? <span className="font-normal text-muted"> (you)</span> : null}
          </p>
          <p className="m-0 break-all text-muted">{m.email}</p>
        </div>
      ),
    },
    {
      key: 'role',
      header: 'Role',
      cell: (m) => (
        <span className="flex flex-wrap gap-1">
          <Badge tone={ROLE_TONES[m.role]}>{ROLE_LABELS[m.role]}</Badge>
          {m.status === 'deactivated' ? <Badge tone="warning">Deactivated</Badge> : null}
        </span>
      ),
    },
  ];
  if (canManage)
    memberColumns.push({
      key: 'actions',
      header: 'Actions',
      className: 'md:w-[26rem]',
      cell: (m) =>
        isMe(m) ? (
          <span className="text-muted">That’s you.</span>
        ) : (
          <MemberActions member={m} actorIsOwner={practice.role === 'owner'} />
        ),
    });

  const invitationColumns: Column<Invitation>[] = [
    { key: 'email', header: 'Email', cell: (p) => <span className="break-all">{p.email}</span> },
    {
      key: 'role',
      header: 'Role',
      cell: (p) => <Badge tone="neutral">{ROLE_LABELS[p.role as StaffRole] ?? p.role}</Badge>,
    },
    {
      key: 'expires',
      header: 'Link works until',
      cell: (p) => formatDay(p.expiresAt, practice.timeZone),
    },
  ];
  if (canManage)
    invitationColumns.push({
      key: 'actions',
      header: 'Actions',
      className: 'md:w-[26rem]',
      cell: (p) => <InvitationActions invitationId={p.invitationId} email={p.email} />,
    });

  return (
    <Page>
      <PageHeader
        title="Team"
        description={
          <p>Everyone who works in this practice, and the invitations still waiting for an answer.</p>
        }
      />
      <div className="flex flex-col gap-6">
        <Card className={TABLE_CARD}>
          <CardHeader>
            <div>
              <CardTitle>Members</CardTitle>
              <CardDescription>
                {staff.length === 1 ? '1 person' : `${staff.length} people`}. A deactivated member cannot sign
                in here; their couples stay theirs until you reassign them.
              </CardDescription>
            </div>
          </CardHeader>
          <DataTable
            caption="Team members"
            columns={memberColumns}
            rows={staff}
            rowKey={(m) => m.membershipId}
          />
        </Card>

        <Card className={TABLE_CARD}>
          <CardHeader>
            <div>
              <CardTitle>Pending invitations</CardTitle>
              <CardDescription>Each link works once, until the date shown.</CardDescription>
            </div>
          </CardHeader>
          <DataTable
            caption="Pending invitations"
            columns={invitationColumns}
            rows={team.pending}
            rowKey={(p) => p.invitationId}
            empty={
              <EmptyState icon={MailPlus} title="No invitations waiting">
                <p>
                  {canManage
                    ? 'Invite a counselor or admin below: they get an email with a link to join.'
                    : 'An owner or admin can invite new team members.'}
                </p>
              </EmptyState>
            }
          />
        </Card>

        {canManage ? (
          <div className="grid items-start gap-6 lg:grid-cols-2">
            <InviteMemberForm />
            {staff.length > 1 ? <ReassignCouplesForm members={staff} /> : null}
          </div>
        ) : null}
      </div>
    </Page>
  );
}

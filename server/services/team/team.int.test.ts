import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditEvents, invitations } from '@/db/schema';
import { withTenant } from '@/db/tenant';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import { linkToken, outboxTo } from '@/test/outbox';
import { createTestDb } from '@/test/test-db';
import type { Actor } from '../actor';
import { acceptInvitation } from '../invitations/accept-invitation';
import { inviteMember } from './invite-member';

let t: DbHandle;
let p: TestPractice;

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
});
afterAll(() => t.close());

const newEmail = () => `casey.${randomBytes(4).toString('hex')}@example.test`;
const invitesTo = (email: string) => t.db.select().from(invitations).where(eq(invitations.email, email));

describe('team.invite', () => {
  it('lets an owner invite a counselor and records who did it', async () => {
    const email = newEmail();
    const api = callerFor(t.db, p.owner.user.id, p.practice.id);
    const { invitationId } = await api.team.invite({ email, role: 'counselor' });
    expect(await invitesTo(email)).toEqual([
      expect.objectContaining({ id: invitationId, role: 'counselor' }),
    ]);
    expect(await outboxTo(t.db, email)).toHaveLength(1);
    const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.targetId, invitationId));
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'team.invited',
        actorUserId: p.owner.user.id,
        metadata: { role: 'counselor' },
      }),
    ]);
  });

  it('lets an admin invite an admin, and shows the pending invitation to the team', async () => {
    const email = newEmail();
    await callerFor(t.db, p.admin.user.id, p.practice.id).team.invite({ email, role: 'admin' });
    const team = await callerFor(t.db, p.counselor.user.id, p.practice.id).team.find();
    expect(team.pending).toContainEqual(expect.objectContaining({ email, role: 'admin' }));
    expect(team.members.map((m) => m.email)).toContain(p.owner.user.email);
    expect(team.members.every((m) => m.role !== 'client')).toBe(true);
  });

  it('refuses a counselor with FORBIDDEN and writes nothing', async () => {
    const email = newEmail();
    const api = callerFor(t.db, p.counselor.user.id, p.practice.id);
    await expect(api.team.invite({ email, role: 'counselor' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await invitesTo(email)).toEqual([]);
    expect(await outboxTo(t.db, email)).toEqual([]);
  });

  it('refuses a client, and an owner whose session came from a magic link', async () => {
    const email = newEmail();
    const client = callerFor(t.db, p.couple.partners[0].user.id, p.practice.id, 'client');
    await expect(client.team.invite({ email, role: 'counselor' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const ownerByLink = callerFor(t.db, p.owner.user.id, p.practice.id, 'client');
    await expect(ownerByLink.team.invite({ email, role: 'counselor' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await invitesTo(email)).toEqual([]);
  });

  it('refuses an owner role or a bad email as invalid input', async () => {
    const api = callerFor(t.db, p.owner.user.id, p.practice.id);
    // @ts-expect-error owners are made at sign-up, never invited
    await expect(api.team.invite({ email: newEmail(), role: 'owner' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(api.team.invite({ email: 'not-an-email', role: 'counselor' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('refuses to invite someone who is already a member, and mails nothing', async () => {
    const api = callerFor(t.db, p.owner.user.id, p.practice.id);
    const email = p.otherCounselor.user.email;
    await expect(api.team.invite({ email, role: 'admin' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'This person is already a member of the practice.',
    });
    expect(await outboxTo(t.db, email)).toEqual([]);
  });

  it('replaces a pending invitation when the same person is invited again', async () => {
    const email = newEmail();
    const api = callerFor(t.db, p.owner.user.id, p.practice.id);
    await api.team.invite({ email, role: 'counselor' });
    const firstToken = linkToken((await outboxTo(t.db, email))[0]?.text ?? '', '/invite');
    await api.team.invite({ email, role: 'admin' });
    const pending = await t.db
      .select()
      .from(invitations)
      .where(and(eq(invitations.email, email), isNull(invitations.revokedAt)));
    expect(pending.map((i) => i.role)).toEqual(['admin']);
    await expect(
      acceptInvitation(
        t.db,
        { token: firstToken, name: 'Casey', password: 'correct horse battery' },
        {
          ip: null,
          userAgent: null,
        },
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('writes the invitation email in the inviting transaction, so a rollback sends nothing', async () => {
    const email = newEmail();
    const owner: Actor = {
      userId: p.owner.user.id,
      practiceId: p.practice.id,
      membershipId: p.owner.membership.id,
      role: 'owner',
      meta: { ip: null, userAgent: 'vitest' },
    };
    const rollback = withTenant(t.db, { practiceId: p.practice.id, userId: owner.userId }, async (tx) => {
      await inviteMember(tx, owner, { email, role: 'counselor' });
      throw new Error('rolled back by test');
    });
    await expect(rollback).rejects.toThrow('rolled back by test');
    expect(await invitesTo(email)).toEqual([]);
    expect(await outboxTo(t.db, email)).toEqual([]);
  });
});

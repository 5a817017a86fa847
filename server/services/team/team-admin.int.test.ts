import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditEvents, couples, invitations, memberships } from '@/db/schema';
import { checkSession, createSession } from '@/server/auth/sessions';
import { loadPracticeAccess } from '@/server/billing/entitlements/load-practice-access';
import { countStaffSeatsUsed } from '@/server/billing/entitlements/staff-seats';
import { callerFor, makeMember, makePractice, type TestPractice } from '@/test/factories';
import { linkToken, outboxTo } from '@/test/outbox';
import { createTestDb } from '@/test/test-db';
import { acceptInvitation } from '../invitations/accept-invitation';

let t: DbHandle;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const ownerOf = (p: TestPractice) => callerFor(t.db, p.owner.user.id, p.practice.id);
const adminOf = (p: TestPractice) => callerFor(t.db, p.admin.user.id, p.practice.id);
const auditOf = (targetId: string) =>
  t.db.select().from(auditEvents).where(eq(auditEvents.targetId, targetId));
const statusOf = async (membershipId: string) =>
  (await t.db.select().from(memberships).where(eq(memberships.id, membershipId)))[0];
const noAccess = { ip: null, userAgent: null };

describe('team invitations: resend and revoke', () => {
  it('resends with a new link and a new email, and the old link stops working', async () => {
    const p = await makePractice(t.db);
    const email = `resend.${p.practice.id.slice(0, 8)}@example.test`;
    const { invitationId } = await ownerOf(p).team.invite({ email, role: 'counselor' });
    const [first] = await outboxTo(t.db, email);
    const resent = await adminOf(p).team.resendInvitation({ invitationId });
    expect(resent.invitationId).not.toBe(invitationId);
    const mails = await outboxTo(t.db, email);
    expect(mails).toHaveLength(2);
    expect(mails[1]?.idempotencyKey).not.toBe(first?.idempotencyKey);
    const [oldToken, newToken] = mails.map((m) => linkToken(m.text ?? '', '/invite'));
    expect(newToken).not.toBe(oldToken);
    await expect(
      acceptInvitation(
        t.db,
        { token: oldToken ?? '', name: 'Old', password: 'correct horse battery' },
        noAccess,
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const team = await ownerOf(p).team.find();
    expect(team.pending.map((i) => i.invitationId)).toEqual([resent.invitationId]);
    expect(await auditOf(resent.invitationId)).toEqual([
      expect.objectContaining({
        action: 'team.invitation-resent',
        actorUserId: p.admin.user.id,
        metadata: { role: 'counselor', replaces: invitationId },
      }),
    ]);
  });

  it('revokes: the link stops working, the invitation leaves the list, and it is audited', async () => {
    const p = await makePractice(t.db);
    const email = `revoke.${p.practice.id.slice(0, 8)}@example.test`;
    const { invitationId } = await ownerOf(p).team.invite({ email, role: 'admin' });
    const token = linkToken((await outboxTo(t.db, email))[0]?.text ?? '', '/invite');
    await ownerOf(p).team.revokeInvitation({ invitationId });
    expect((await ownerOf(p).team.find()).pending).toEqual([]);
    await expect(
      acceptInvitation(t.db, { token, name: 'Late', password: 'correct horse battery' }, noAccess),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await auditOf(invitationId)).map((e) => e.action)).toEqual([
      'team.invited',
      'team.invitation-revoked',
    ]);
    await expect(ownerOf(p).team.resendInvitation({ invitationId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it("refuses a counselor, and another practice's invitation reads as not found", async () => {
    const [p, other] = [await makePractice(t.db), await makePractice(t.db)];
    const { invitationId } = await ownerOf(p).team.invite({
      email: `x.${p.practice.id.slice(0, 8)}@example.test`,
      role: 'counselor',
    });
    const counselor = callerFor(t.db, p.counselor.user.id, p.practice.id);
    await expect(counselor.team.revokeInvitation({ invitationId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(ownerOf(other).team.revokeInvitation({ invitationId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const [row] = await t.db.select().from(invitations).where(eq(invitations.id, invitationId));
    expect(row?.revokedAt).toBeNull();
  });
});

describe('team roles', () => {
  it('lets an owner make a counselor an admin, audited with from and to', async () => {
    const p = await makePractice(t.db);
    const id = p.counselor.membership.id;
    expect(await ownerOf(p).team.changeRole({ membershipId: id, role: 'admin' })).toEqual({
      membershipId: id,
      role: 'admin',
    });
    expect((await statusOf(id))?.role).toBe('admin');
    expect(await auditOf(id)).toEqual([
      expect.objectContaining({ action: 'team.role-changed', metadata: { from: 'counselor', to: 'admin' } }),
    ]);
  });

  it('refuses to demote the last active owner, with a message that says what to do', async () => {
    const p = await makePractice(t.db);
    const own = p.owner.membership.id;
    await expect(ownerOf(p).team.changeRole({ membershipId: own, role: 'admin' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/at least one active owner/),
    });
    // With a second owner, the first may step down.
    await ownerOf(p).team.changeRole({ membershipId: p.admin.membership.id, role: 'owner' });
    await ownerOf(p).team.changeRole({ membershipId: own, role: 'counselor' });
    expect((await statusOf(own))?.role).toBe('counselor');
  });

  it('lets only an owner make an owner or change one', async () => {
    const p = await makePractice(t.db);
    await expect(
      adminOf(p).team.changeRole({ membershipId: p.counselor.membership.id, role: 'owner' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/Only an owner/) });
    const second = await makeMember(t.db, p.practice.id, 'owner');
    await expect(
      adminOf(p).team.changeRole({ membershipId: second.membership.id, role: 'counselor' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(adminOf(p).team.deactivate({ membershipId: second.membership.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await statusOf(second.membership.id))?.status).toBe('active');
  });

  it('refuses a counselor, a client, and a member of another practice', async () => {
    const [p, other] = [await makePractice(t.db), await makePractice(t.db)];
    const input = { membershipId: p.otherCounselor.membership.id, role: 'admin' } as const;
    await expect(
      callerFor(t.db, p.counselor.user.id, p.practice.id).team.changeRole(input),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(ownerOf(other).team.changeRole(input)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      ownerOf(p).team.changeRole({ membershipId: p.couple.partners[0].membership.id, role: 'admin' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await statusOf(input.membershipId))?.role).toBe('counselor');
  });
});

describe('deactivation and reactivation', () => {
  it('ends the sessions of someone with no other staff role at once, and blocks this practice', async () => {
    const p = await makePractice(t.db);
    const sid = await createSession(t.db, p.counselor.user.id, 'staff');
    expect((await checkSession(t.db, sid, new Date(), p.practice.id)).session?.membership?.role).toBe(
      'counselor',
    );
    await adminOf(p).team.deactivate({ membershipId: p.counselor.membership.id });
    expect((await checkSession(t.db, sid)).verdict).toBe('revoked');
    expect((await statusOf(p.counselor.membership.id))?.status).toBe('deactivated');
    await expect(callerFor(t.db, p.counselor.user.id, p.practice.id).team.find()).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await auditOf(p.counselor.membership.id)).toEqual([
      expect.objectContaining({ action: 'team.deactivated', actorUserId: p.admin.user.id }),
    ]);
  });

  it('keeps the sessions of someone still on staff elsewhere, but refuses them here', async () => {
    const [p, other] = [await makePractice(t.db), await makePractice(t.db)];
    await t.db
      .insert(memberships)
      .values({ practiceId: other.practice.id, userId: p.counselor.user.id, role: 'counselor' });
    const sid = await createSession(t.db, p.counselor.user.id, 'staff');
    await ownerOf(p).team.deactivate({ membershipId: p.counselor.membership.id });
    const here = await checkSession(t.db, sid, new Date(), p.practice.id);
    expect(here.verdict).toBe('valid');
    expect(here.session?.membership).toBeUndefined();
    expect((await checkSession(t.db, sid, new Date(), other.practice.id)).session?.membership?.role).toBe(
      'counselor',
    );
  });

  it('refuses deactivating yourself, so the last owner always stays', async () => {
    const p = await makePractice(t.db);
    await expect(ownerOf(p).team.deactivate({ membershipId: p.owner.membership.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/yourself/),
    });
    const second = await makeMember(t.db, p.practice.id, 'owner');
    await callerFor(t.db, second.user.id, p.practice.id).team.deactivate({
      membershipId: p.owner.membership.id,
    });
    expect((await statusOf(p.owner.membership.id))?.status).toBe('deactivated');
    // The one active owner left can neither deactivate nor demote themself.
    const last = callerFor(t.db, second.user.id, p.practice.id);
    await expect(last.team.deactivate({ membershipId: second.membership.id })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(
      last.team.changeRole({ membershipId: second.membership.id, role: 'admin' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/at least one active owner/),
    });
  });

  it('reactivates when a seat is free, and refuses when the seats are full', async () => {
    const p = await makePractice(t.db);
    const api = ownerOf(p);
    const id = p.counselor.membership.id;
    await api.team.deactivate({ membershipId: id });
    await api.team.reactivate({ membershipId: id });
    expect((await statusOf(id))?.status).toBe('active');
    expect((await auditOf(id)).map((e) => e.action)).toEqual(['team.deactivated', 'team.reactivated']);
    await api.team.deactivate({ membershipId: id });
    const { seats } = await loadPracticeAccess(t.db, p.practice.id);
    while ((await countStaffSeatsUsed(t.db, p.practice.id)) < seats) {
      await makeMember(t.db, p.practice.id, 'counselor');
    }
    await expect(api.team.reactivate({ membershipId: id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/seat/),
    });
    expect((await statusOf(id))?.status).toBe('deactivated');
  });
});

describe('reassigning couples', () => {
  it("moves all of a counselor's couples in one go, audited per couple", async () => {
    const p = await makePractice(t.db);
    const from = p.counselor.membership.id;
    const to = p.otherCounselor.membership.id;
    const { moved } = await adminOf(p).team.reassignCouples({ fromMembershipId: from, toMembershipId: to });
    expect(moved).toBe(2);
    const mine = await t.db.select().from(couples).where(eq(couples.counselorId, from));
    expect(mine).toEqual([]);
    const ids = [p.couple.couple.id, p.secondCouple.couple.id];
    const theirs = await t.db.select().from(couples).where(inArray(couples.id, ids));
    expect(theirs.every((c) => c.counselorId === to)).toBe(true);
    expect((await auditOf(p.couple.couple.id)).map((e) => e.metadata)).toContainEqual({ from, to });
  });

  it('moves only the selected couples, and none at all when one is not theirs', async () => {
    const p = await makePractice(t.db);
    const from = p.counselor.membership.id;
    const to = p.owner.membership.id;
    await ownerOf(p).team.reassignCouples({
      fromMembershipId: from,
      toMembershipId: to,
      coupleIds: [p.couple.couple.id],
    });
    const [moved, kept] = await Promise.all(
      [p.couple.couple.id, p.secondCouple.couple.id].map(
        async (id) => (await t.db.select().from(couples).where(eq(couples.id, id)))[0],
      ),
    );
    expect(moved?.counselorId).toBe(to);
    expect(kept?.counselorId).toBe(from);
    await expect(
      ownerOf(p).team.reassignCouples({
        fromMembershipId: from,
        toMembershipId: to,
        coupleIds: [p.secondCouple.couple.id, p.otherCouple.couple.id],
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(
      (await t.db.select().from(couples).where(eq(couples.id, p.secondCouple.couple.id)))[0]?.counselorId,
    ).toBe(from);
  });

  it('refuses a deactivated target, the same counselor twice, and a counselor caller', async () => {
    const p = await makePractice(t.db);
    const from = p.counselor.membership.id;
    const to = p.otherCounselor.membership.id;
    await ownerOf(p).team.deactivate({ membershipId: to });
    await expect(
      ownerOf(p).team.reassignCouples({ fromMembershipId: from, toMembershipId: to }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/active counselor/) });
    await expect(
      ownerOf(p).team.reassignCouples({ fromMembershipId: from, toMembershipId: from }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      callerFor(t.db, p.counselor.user.id, p.practice.id).team.reassignCouples({
        fromMembershipId: from,
        toMembershipId: p.owner.membership.id,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const left = await t.db
      .select()
      .from(couples)
      .where(and(eq(couples.practiceId, p.practice.id), eq(couples.counselorId, from)));
    expect(left).toHaveLength(2);
  });
});

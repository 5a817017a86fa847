// Closing and reopening a couple's file: sessions still to come are cancelled and every nudge not
// yet sent is taken back in the same transaction, the scheduler writes none while the file is
// closed, the partners keep reading but can change nothing, and only the couple's counselor,
// owners and admins may do it; every change is audited once.
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditEvents, counselingSessions, couples, emailOutbox } from '@/db/schema';
import { runNudgeScheduler } from '@/server/jobs/nudges/run-nudge-scheduler';
import { callerFor, makeCouple, makePractice, type TestPractice } from '@/test/factories';
import { addSession, assignSecret, localDate, schedulerNow, setPracticeZone } from '@/test/nudge-fixtures';
import { createTestDb } from '@/test/test-db';
import { COUPLE_CLOSED_MESSAGE } from './assert-client-may-write';

let t: DbHandle;
let p: TestPractice;
const now = schedulerNow();
const LA = 'America/Los_Angeles';
const answer = { kind: 'reflection' as const, answers: ['An answer', 'Another'] };

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
  await setPracticeZone(t.db, p.practice.id, LA);
});
afterAll(() => t?.close());

const counselor = () => callerFor(t.db, p.counselor.user.id, p.practice.id);
const partnerApi = (couple: TestPractice['couple'], i: 0 | 1 = 0) =>
  callerFor(t.db, couple.partners[i].user.id, p.practice.id, 'client');

/** Homework due tomorrow and yesterday (partners' calendar) and a session in 20 hours. */
async function busyCouple(couple: TestPractice['couple']) {
  const soon = await assignSecret(t.db, p, couple.couple.id, localDate(now, LA, 1));
  const late = await assignSecret(t.db, p, couple.couple.id, localDate(now, LA, -1));
  const session = await addSession(t.db, p, couple.couple.id, new Date(now.getTime() + 20 * 3600_000));
  return { assignmentIds: [soon.id, late.id], sessionId: session.id };
}

const outboxOf = (couple: TestPractice['couple']) =>
  t.db
    .select({ key: emailOutbox.idempotencyKey, status: emailOutbox.status, template: emailOutbox.template })
    .from(emailOutbox)
    .where(
      inArray(
        emailOutbox.toEmail,
        couple.partners.map((x) => x.partner.email),
      ),
    );

const auditOf = (action: string, targetId: string) =>
  t.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.targetId, targetId)));

describe('closing', () => {
  let closing: TestPractice['couple'];
  let bystander: TestPractice['couple'];
  let work: Awaited<ReturnType<typeof busyCouple>>;

  beforeAll(async () => {
    closing = p.couple;
    bystander = p.secondCouple;
    work = await busyCouple(closing);
    await busyCouple(bystander);
    await runNudgeScheduler(t.db, now);
  });

  it('lists the sessions it would cancel before anything changes', async () => {
    const preview = await counselor().couples.closingPreview({ coupleId: closing.couple.id });
    expect(preview.upcomingSessionCount).toBe(1);
    expect(preview.upcomingSessions.map((s) => s.id)).toEqual([work.sessionId]);
  });

  it('cancels upcoming sessions and withdraws every pending nudge of that couple only', async () => {
    const before = await outboxOf(closing);
    // Homework assigned, due soon, overdue and the session reminder, for both partners.
    expect(new Set(before.map((m) => m.template))).toEqual(
      new Set(['homework-assigned', 'homework-due-tomorrow', 'homework-overdue', 'session-reminder']),
    );
    expect(before.every((m) => m.status === 'pending')).toBe(true);

    const closed = await counselor().couples.close({ coupleId: closing.couple.id, reason: 'Finished work' });
    expect(closed).toMatchObject({ status: 'closed', cancelledSessions: 1 });

    const after = await outboxOf(closing);
    expect(after).toHaveLength(before.length);
    expect(after.every((m) => m.status === 'skipped')).toBe(true);
    expect((await outboxOf(bystander)).every((m) => m.status === 'pending')).toBe(true);

    const [session] = await t.db
      .select({ status: counselingSessions.status })
      .from(counselingSessions)
      .where(eq(counselingSessions.id, work.sessionId));
    expect(session?.status).toBe('cancelled');
    const couple = await counselor().couples.get({ coupleId: closing.couple.id });
    expect(couple.status).toBe('closed');
    expect(couple.closedAt).toBeInstanceOf(Date);
  });

  it('audits the closing with its reason, and each cancelled session', async () => {
    const [event] = await auditOf('couple.closed', closing.couple.id);
    expect(event).toMatchObject({
      actorUserId: p.counselor.user.id,
      targetType: 'couple',
      metadata: { reason: 'Finished work', cancelledSessions: 1 },
    });
    expect(await auditOf('session.cancelled', work.sessionId)).toHaveLength(1);
  });

  it('is harmless to repeat: nothing more changes or is audited', async () => {
    await expect(counselor().couples.close({ coupleId: closing.couple.id })).resolves.toMatchObject({
      status: 'closed',
      cancelledSessions: 0,
    });
    expect(await auditOf('couple.closed', closing.couple.id)).toHaveLength(1);
  });

  it('keeps the scheduler from writing the couple anything new, while others still get theirs', async () => {
    const later = new Date(now.getTime() + 3600_000);
    const fresh = await makeCouple(t.db, p.practice.id, p.counselor.membership.id);
    await busyCouple(fresh);
    await counselor().couples.close({ coupleId: fresh.couple.id });
    const other = await makeCouple(t.db, p.practice.id, p.counselor.membership.id);
    await busyCouple(other);
    await runNudgeScheduler(t.db, later);
    const nudges = (rows: { template: string }[]) => rows.filter((m) => m.template !== 'homework-assigned');
    expect(nudges(await outboxOf(fresh))).toEqual([]);
    expect(nudges(await outboxOf(other)).length).toBeGreaterThan(0);
  });

  it('lets the partners read but refuses every change they try, with a clear message', async () => {
    const partner = partnerApi(closing);
    expect((await partner.portal.home()).status).toBe('closed');
    const { items } = await partner.portal.homework.list();
    expect(items.length).toBeGreaterThan(0);
    const assignmentId = work.assignmentIds[0] ?? '';
    expect((await partner.portal.homework.get({ assignmentId })).assignment.id).toBe(assignmentId);
    for (const attempt of [
      () => partner.portal.homework.save({ assignmentId, body: answer }),
      () => partner.portal.homework.submit({ assignmentId, body: answer }),
      () => partner.portal.homework.setVisibility({ assignmentId, visibility: 'couple' }),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: 'FORBIDDEN', message: COUPLE_CLOSED_MESSAGE });
    }
    // Their own email preferences stay theirs.
    await expect(
      partner.preferences.update({
        homeworkNudges: false,
        sessionReminders: false,
        timeZone: null,
        quietHours: null,
      }),
    ).resolves.toMatchObject({ homeworkNudges: false });
  });

  it('refuses moving a session of the closed couple that was left scheduled (it had started)', async () => {
    const started = await addSession(t.db, p, closing.couple.id, new Date(Date.now() - 3600_000));
    await expect(
      counselor().sessions.reschedule({
        sessionId: started.id,
        date: localDate(new Date(), LA, 5),
        time: '10:00',
        durationMinutes: 50,
        format: 'video',
        location: 'https://meet.example/room',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/file is closed/) });
  });

  it('refuses booking and assigning for the closed couple', async () => {
    await expect(
      counselor().sessions.schedule({
        coupleId: closing.couple.id,
        date: localDate(new Date(), LA, 5),
        time: '10:00',
        durationMinutes: 50,
        format: 'video',
        location: 'https://meet.example/room',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/file is closed/) });
    await expect(
      assignSecret(t.db, p, closing.couple.id, localDate(new Date(), LA, 5)),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/file is closed/),
    });
  });

  it('shows under the caseload’s Closed filter and not under Active', async () => {
    const ids = async (status: 'active' | 'closed') =>
      (await counselor().dashboard.caseload({ status })).rows.map((r) => r.id);
    expect(await ids('closed')).toContain(closing.couple.id);
    expect(await ids('active')).not.toContain(closing.couple.id);
  });
});

describe('reopening', () => {
  it('makes the portal answerable again and is audited; cancelled sessions stay cancelled', async () => {
    const couple = await makeCouple(t.db, p.practice.id, p.counselor.membership.id);
    const { assignmentIds, sessionId } = await busyCouple(couple);
    await counselor().couples.close({ coupleId: couple.couple.id });
    const reopened = await counselor().couples.reopen({ coupleId: couple.couple.id, reason: 'Back again' });
    expect(reopened).toEqual({ coupleId: couple.couple.id, status: 'active' });
    const [row] = await t.db.select().from(couples).where(eq(couples.id, couple.couple.id));
    expect(row).toMatchObject({ status: 'active', closedAt: null });
    await expect(
      partnerApi(couple).portal.homework.save({ assignmentId: assignmentIds[0] ?? '', body: answer }),
    ).resolves.toBeDefined();
    const [event] = await auditOf('couple.reopened', couple.couple.id);
    expect(event?.metadata).toMatchObject({ reason: 'Back again' });
    const [session] = await t.db
      .select({ status: counselingSessions.status })
      .from(counselingSessions)
      .where(eq(counselingSessions.id, sessionId));
    expect(session?.status).toBe('cancelled');
    // Reopening an open couple changes nothing.
    await counselor().couples.reopen({ coupleId: couple.couple.id });
    expect(await auditOf('couple.reopened', couple.couple.id)).toHaveLength(1);
  });
});

describe('who may close', () => {
  it('lets owners and admins close any couple, and the couple’s own counselor', async () => {
    for (const who of [p.owner, p.admin]) {
      const couple = await makeCouple(t.db, p.practice.id, p.otherCounselor.membership.id);
      const api = callerFor(t.db, who.user.id, p.practice.id);
      await expect(api.couples.close({ coupleId: couple.couple.id })).resolves.toMatchObject({
        status: 'closed',
      });
      await expect(api.couples.reopen({ coupleId: couple.couple.id })).resolves.toMatchObject({
        status: 'active',
      });
    }
  });

  it('hides another counselor’s couple (NOT_FOUND) and changes nothing', async () => {
    const other = callerFor(t.db, p.otherCounselor.user.id, p.practice.id);
    const couple = await makeCouple(t.db, p.practice.id, p.counselor.membership.id);
    await expect(other.couples.close({ coupleId: couple.couple.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const [row] = await t.db.select().from(couples).where(eq(couples.id, couple.couple.id));
    expect(row?.status).toBe('active');
  });

  it('refuses clients, and staff of another practice', async () => {
    const couple = await makeCouple(t.db, p.practice.id, p.counselor.membership.id);
    await expect(partnerApi(couple).couples.close({ coupleId: couple.couple.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const elsewhere = await makePractice(t.db);
    const outsider = callerFor(t.db, elsewhere.owner.user.id, elsewhere.practice.id);
    await expect(outsider.couples.close({ coupleId: couple.couple.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses a reason too long for the audit log', async () => {
    await expect(
      counselor().couples.close({ coupleId: p.secondCouple.couple.id, reason: 'x'.repeat(301) }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

// Safety end to end through the procedures: a partner's private check-in raises a flag only the
// counselor sees, the acknowledgement is sealed and audited, and a hold pauses shared homework.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditEvents, safetyCheckIns, safetyFlags } from '@/db/schema';
import { withTenant } from '@/db/tenant';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import { assignExercise, exerciseContent, secret } from '@/test/homework-fixtures';
import { outcomeOf } from '@/test/procedures';
import { queryRows } from '@/test/sql';
import { createTestDb } from '@/test/test-db';
import type { TCheckInAnswers } from './check-in-questions';

let t: DbHandle;
let p: TestPractice;

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
});
afterAll(() => t?.close());

const partner = (pr: TestPractice, i: 0 | 1, couple: 'couple' | 'secondCouple' = 'couple') =>
  callerFor(t.db, pr[couple].partners[i].user.id, pr.practice.id, 'client');
const counselor = (pr: TestPractice) => callerFor(t.db, pr.counselor.user.id, pr.practice.id);

const calm: TCheckInAnswers['answers'] = {
  afraid: 'no',
  hurt: 'no',
  controlled: 'no',
  'put-down': 'no',
  'safe-homework': 'yes',
};
const worried = (note: string): TCheckInAnswers => ({
  answers: { ...calm, afraid: 'yes', hurt: 'sometimes' },
  note,
});

describe('the private check-in', () => {
  it('is due at first, stored sealed, raises a flag on concerning answers, and is not due again', async () => {
    const note = secret('note');
    expect(await partner(p, 0).safety.myStatus()).toEqual({ checkInDue: true, sharedWorkPaused: false });
    expect(await partner(p, 0).safety.submitCheckIn(worried(note))).toEqual({ recorded: true });
    expect(await partner(p, 0).safety.myStatus()).toEqual({ checkInDue: false, sharedWorkPaused: false });
    // A second submit (another tab, a retry) stores nothing more.
    expect(await partner(p, 0).safety.submitCheckIn(worried(note))).toEqual({ recorded: false });
    const rows = await t.db.select().from(safetyCheckIns).where(eq(safetyCheckIns.practiceId, p.practice.id));
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(note);
    expect(JSON.stringify(rows)).not.toContain('sometimes');
    const flags = await t.db.select().from(safetyFlags).where(eq(safetyFlags.practiceId, p.practice.id));
    expect(flags.map((f) => f.checkInId)).toEqual([rows[0]?.id]);
  });

  it('raises no flag for calm answers', async () => {
    await partner(p, 0, 'secondCouple').safety.submitCheckIn({ answers: calm, note: '' });
    const flags = await t.db
      .select()
      .from(safetyFlags)
      .where(
        and(eq(safetyFlags.practiceId, p.practice.id), eq(safetyFlags.coupleId, p.secondCouple.couple.id)),
      );
    expect(flags).toEqual([]);
  });

  it("leaves the other partner's row-level view empty: no check-in, no flag, not even a count", async () => {
    const seen = await withTenant(
      t.db,
      { practiceId: p.practice.id, userId: p.couple.partners[1].user.id },
      async (tx) => ({
        checkIns: await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from safety_check_ins`),
        flags: await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from safety_flags`),
      }),
    );
    expect(seen).toEqual({ checkIns: [{ n: 0 }], flags: [{ n: 0 }] });
    // The author reads their own check-in back, but never the flag it raised.
    const own = await withTenant(
      t.db,
      { practiceId: p.practice.id, userId: p.couple.partners[0].user.id },
      async (tx) => ({
        checkIns: await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from safety_check_ins`),
        flags: await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from safety_flags`),
      }),
    );
    expect(own).toEqual({ checkIns: [{ n: 1 }], flags: [{ n: 0 }] });
    expect(await partner(p, 1).safety.myStatus()).toEqual({ checkInDue: true, sharedWorkPaused: false });
  });

  it('is due again after the cadence the counselor chose, and never again with "first only"', async () => {
    await counselor(p).safety.setCadence({ coupleId: p.couple.couple.id, cadenceDays: 7 });
    await t.db
      .update(safetyCheckIns)
      .set({ submittedAt: new Date(Date.now() - 8 * 86_400_000) })
      .where(eq(safetyCheckIns.partnerId, p.couple.partners[0].partner.id));
    expect((await partner(p, 0).safety.myStatus()).checkInDue).toBe(true);
    await counselor(p).safety.setCadence({ coupleId: p.couple.couple.id, cadenceDays: 0 });
    expect((await partner(p, 0).safety.myStatus()).checkInDue).toBe(false);
    await counselor(p).safety.setCadence({ coupleId: p.couple.couple.id, cadenceDays: 30 });
  });
});

describe('flags for the counselor', () => {
  it('shows the open flag on the dashboard and the couple page, the answers opened, and audits the reading', async () => {
    const board = await counselor(p).dashboard.caseload({});
    const row = board.rows.find((r) => r.id === p.couple.couple.id);
    expect(row).toMatchObject({ openSafetyFlags: 1, safetyHold: false });
    expect(board.rows.find((r) => r.id === p.secondCouple.couple.id)?.openSafetyFlags).toBe(0);
    expect((await counselor(p).safety.summary({ coupleId: p.couple.couple.id })).openFlags).toBe(1);
    const full = await counselor(p).safety.get({ coupleId: p.couple.couple.id });
    expect(full.checkIns[0]).toMatchObject({
      answers: { afraid: 'yes', hurt: 'sometimes' },
      concerns: ['afraid', 'hurt'],
    });
    const viewed = await t.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.practiceId, p.practice.id), eq(auditEvents.action, 'safety.check-ins.viewed')),
      );
    expect(viewed).toHaveLength(1);
  });

  it('is not shown to another counselor, whose couple it is not', async () => {
    const other = callerFor(t.db, p.otherCounselor.user.id, p.practice.id);
    const refused = await outcomeOf(other.safety.get({ coupleId: p.couple.couple.id }));
    expect(refused).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const seen = await withTenant(
      t.db,
      { practiceId: p.practice.id, userId: p.otherCounselor.user.id },
      (tx) => queryRows<{ n: number }>(tx, sql`select count(*)::int as n from safety_check_ins`),
    );
    expect(seen).toEqual([{ n: 0 }]);
  });

  it('is acknowledged once, with a sealed note, and audited', async () => {
    const [flag] = (await counselor(p).safety.get({ coupleId: p.couple.couple.id })).flags;
    if (!flag) throw new Error('no flag');
    const note = secret('ack');
    await counselor(p).safety.acknowledgeFlag({ flagId: flag.id, note });
    const again = await outcomeOf(counselor(p).safety.acknowledgeFlag({ flagId: flag.id, note }));
    expect(again).toMatchObject({ ok: false, code: 'CONFLICT' });
    const stored = await t.db.select().from(safetyFlags).where(eq(safetyFlags.id, flag.id));
    expect(stored[0]?.acknowledgedById).toBe(p.counselor.membership.id);
    expect(JSON.stringify(stored)).not.toContain(note);
    const after = await counselor(p).safety.get({ coupleId: p.couple.couple.id });
    expect(after.flags[0]).toMatchObject({ note, acknowledgedBy: p.counselor.user.name });
    expect(after.openFlags).toBe(0);
    const audit = await t.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.practiceId, p.practice.id), eq(auditEvents.action, 'safety.flag.acknowledged')),
      );
    expect(audit.map((a) => [a.actorUserId, a.targetId, JSON.stringify(a.metadata)])).toEqual([
      [p.counselor.user.id, p.couple.couple.id, JSON.stringify({ flagId: flag.id })],
    ]);
    expect(JSON.stringify(audit)).not.toContain(note);
  });
});

describe('the safety hold', () => {
  it('pauses shared homework in the portal and in the services, audited both ways', async () => {
    const staff = { userId: p.counselor.user.id, practiceId: p.practice.id };
    const coupleId = p.couple.couple.id;
    const joint = await assignExercise(t.db, staff, coupleId, exerciseContent('joint-reveal'));
    const solo = await assignExercise(t.db, staff, coupleId, exerciseContent('reflection'));
    expect(await counselor(p).safety.setHold({ coupleId, hold: true })).toMatchObject({ hold: true });
    expect(await counselor(p).safety.setHold({ coupleId, hold: true })).toMatchObject({ withdrawnNudges: 0 });
    expect(await partner(p, 1).safety.myStatus()).toMatchObject({ sharedWorkPaused: true });

    const listed = (await partner(p, 1).portal.homework.list()).items.map((i) => i.id);
    expect(listed).toContain(solo);
    expect(listed).not.toContain(joint);
    const get = await outcomeOf(partner(p, 1).portal.homework.get({ assignmentId: joint }));
    expect(get).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const body = { kind: 'reflection' as const, answers: ['a', 'b'] };
    const shared = await outcomeOf(
      partner(p, 1).portal.homework.save({ assignmentId: solo, body, visibility: 'couple' }),
    );
    expect(shared).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await partner(p, 1).portal.homework.save({ assignmentId: solo, body })).toMatchObject({
      visibility: 'counselor',
    });
    const assignJoint = await outcomeOf(
      assignExercise(t.db, staff, coupleId, exerciseContent('joint-reveal')),
    );
    expect(assignJoint).toMatchObject({ ok: false, code: 'CONFLICT' });

    expect(await counselor(p).safety.setHold({ coupleId, hold: false })).toMatchObject({ hold: false });
    expect((await partner(p, 1).portal.homework.list()).items.map((i) => i.id)).toContain(joint);
    const audit = await t.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.practiceId, p.practice.id), eq(auditEvents.targetId, coupleId)));
    expect(audit.map((a) => a.action).filter((a) => a.startsWith('safety.hold'))).toEqual([
      'safety.hold.placed',
      'safety.hold.lifted',
    ]);
  });

  it('is placed by the couple’s counselor or an admin, never by a client or another counselor', async () => {
    const coupleId = p.couple.couple.id;
    const client = await outcomeOf(partner(p, 0).safety.setHold({ coupleId, hold: true }));
    expect(client).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const other = callerFor(t.db, p.otherCounselor.user.id, p.practice.id);
    expect(await outcomeOf(other.safety.setHold({ coupleId, hold: true }))).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    const admin = callerFor(t.db, p.admin.user.id, p.practice.id);
    expect(await admin.safety.setHold({ coupleId, hold: true })).toMatchObject({ hold: true });
    expect((await counselor(p).safety.summary({ coupleId })).hold?.placedBy).toBe(p.admin.user.name);
    await admin.safety.setHold({ coupleId, hold: false });
  });
});

describe('crisis lines', () => {
  it('shows defaults until an admin sets the practice’s own, and only admins change them', async () => {
    const before = await partner(p, 0).safety.resources();
    expect(before.usingDefaults).toBe(true);
    expect(before.lines.map((l) => l.contact).join(' ')).toContain('988');
    const line = { name: 'City crisis line', contact: 'Call 555-0100', url: null, description: 'Any hour.' };
    const refused = await outcomeOf(counselor(p).safety.updateCrisisLines({ lines: [line] }));
    expect(refused).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    await callerFor(t.db, p.owner.user.id, p.practice.id).safety.updateCrisisLines({ lines: [line] });
    expect(await partner(p, 1).safety.resources()).toEqual({ usingDefaults: false, lines: [line] });
  });
});

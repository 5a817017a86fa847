// Measures end to end through the procedures: the counselor's schedule, each partner's due list
// and answers, the safety flag PHQ-9 item 9 raises in the answering transaction, the alliance
// split the counselor sees, and the row-level wall between the two partners.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditEvents, counselingSessions, measureResponses, safetyFlags } from '@/db/schema';
import { withTenant } from '@/db/tenant';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import { outcomeOf } from '@/test/procedures';
import { queryRows } from '@/test/sql';
import { createTestDb } from '@/test/test-db';

let t: DbHandle;
let p: TestPractice;
let sessionId: string;

const partner = (i: 0 | 1) => callerFor(t.db, p.couple.partners[i].user.id, p.practice.id, 'client');
const counselor = () => callerFor(t.db, p.counselor.user.id, p.practice.id);
const coupleId = () => p.couple.couple.id;

const phq9 = (item9: number, rest = 1) => [...Array(8).fill(rest), item9];

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
  const [session] = await t.db
    .insert(counselingSessions)
    .values({
      practiceId: p.practice.id,
      coupleId: coupleId(),
      counselorId: p.counselor.membership.id,
      createdById: p.counselor.membership.id,
      startsAt: new Date(Date.now() + 24 * 3600_000),
      durationMinutes: 50,
      format: 'video',
    })
    .returning();
  if (!session) throw new Error('no session');
  sessionId = session.id;
});
afterAll(() => t?.close());

describe('scheduling and answering', () => {
  it('asks each partner what the counselor scheduled, from the chosen hours before the session', async () => {
    expect(await partner(0).measures.myDue()).toEqual([]);
    await counselor().measures.setSchedule({
      coupleId: coupleId(),
      measure: 'phq-9',
      timing: 'before-session',
      hoursBefore: 48,
    });
    await counselor().measures.setSchedule({
      coupleId: coupleId(),
      measure: 'session-feedback',
      timing: 'before-session',
      hoursBefore: 12,
    });
    const due = await partner(0).measures.myDue();
    expect(due).toEqual([expect.objectContaining({ measure: 'phq-9', sessionId, questions: 9 })]);
    expect(await partner(1).measures.myDue()).toEqual(due);
    await counselor().measures.setSchedule({
      coupleId: coupleId(),
      measure: 'session-feedback',
      timing: 'before-session',
      hoursBefore: 48,
    });
    expect((await partner(0).measures.myDue()).map((d) => d.measure)).toEqual(['phq-9', 'session-feedback']);
  });

  it('refuses an incomplete answer and stores nothing', async () => {
    const outcome = await outcomeOf(
      partner(0).measures.submit({ measure: 'phq-9', sessionId, answers: [1, 1] }),
    );
    expect(outcome).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    const rows = await t.db
      .select()
      .from(measureResponses)
      .where(eq(measureResponses.practiceId, p.practice.id));
    expect(rows).toEqual([]);
  });

  it('stores an answer sealed, once, and raises a safety flag for PHQ-9 item 9 in the same transaction', async () => {
    expect(await partner(0).measures.submit({ measure: 'phq-9', sessionId, answers: phq9(2) })).toEqual({
      recorded: true,
    });
    // A second submit (another tab, a retry) stores nothing more.
    expect(await partner(0).measures.submit({ measure: 'phq-9', sessionId, answers: phq9(2) })).toEqual({
      recorded: false,
    });
    const rows = await t.db
      .select()
      .from(measureResponses)
      .where(eq(measureResponses.practiceId, p.practice.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ score: 10, sessionId, partnerId: p.couple.partners[0].partner.id });
    expect(rows[0]?.answersCiphertext).not.toContain('"9"');
    const flags = await t.db.select().from(safetyFlags).where(eq(safetyFlags.practiceId, p.practice.id));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ measureResponseId: rows[0]?.id, checkInId: null, acknowledgedAt: null });
    // now() is the transaction's start: the same instant on both rows means one transaction.
    expect(flags[0]?.raisedAt.getTime()).toBe(rows[0]?.submittedAt.getTime());
    expect((await partner(0).measures.myDue()).map((d) => d.measure)).toEqual(['session-feedback']);
    const safety = await counselor().safety.get({ coupleId: coupleId() });
    expect(safety.openFlags).toBe(1);
    expect(safety.flags[0]).toMatchObject({ source: 'questionnaire', checkInId: null });
  });

  it('raises no flag when item 9 is "Not at all"', async () => {
    await partner(1).measures.submit({ measure: 'phq-9', sessionId, answers: phq9(0, 3) });
    const flags = await t.db.select().from(safetyFlags).where(eq(safetyFlags.practiceId, p.practice.id));
    expect(flags).toHaveLength(1);
  });

  it("leaves the other partner's row-level view of answers empty: not even a count", async () => {
    const count = (userId: string) =>
      withTenant(t.db, { practiceId: p.practice.id, userId }, (tx) =>
        queryRows<{ n: number }>(tx, sql`select count(*)::int as n from measure_responses`),
      );
    expect(await count(p.couple.partners[0].user.id)).toEqual([{ n: 1 }]);
    expect(await count(p.couple.partners[1].user.id)).toEqual([{ n: 1 }]);
    expect(await count(p.counselor.user.id)).toEqual([{ n: 2 }]);
    expect(await count(p.otherCounselor.user.id)).toEqual([{ n: 0 }]);
  });
});

describe("the counselor's view", () => {
  it('shows both partners as lines of their own, the latest answers, and an alliance split', async () => {
    await partner(0).measures.submit({
      measure: 'session-feedback',
      sessionId,
      answers: [5, 5, 4],
    });
    await partner(1).measures.submit({
      measure: 'session-feedback',
      sessionId,
      answers: [3, 2, 3],
    });
    const view = await counselor().measures.forCouple({ coupleId: coupleId() });
    const [a, b] = [p.couple.partners[0].partner.id, p.couple.partners[1].partner.id];
    const feedback = view.measures.find((m) => m.measure === 'session-feedback');
    expect(feedback?.occasions).toEqual([
      expect.objectContaining({ sessionId, scores: { [a]: 4.67, [b]: 2.67 } }),
    ]);
    const phq = view.measures.find((m) => m.measure === 'phq-9');
    expect(phq?.occasions[0]?.scores).toEqual({ [a]: 10, [b]: 24 });
    expect(phq?.latestAnswers.find((x) => x.partnerId === a)?.answers['9']).toBe(2);
    expect(view.alerts).toContainEqual({
      kind: 'alliance-split',
      partnerId: b,
      why: 'lower than partner',
      from: 4.67,
      to: 2.67,
    });
    const audits = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.practiceId, p.practice.id), eq(auditEvents.action, 'measures.viewed')));
    expect(audits.length).toBeGreaterThan(0);
  });

  it("is not found for another counselor's couple", async () => {
    const other = callerFor(t.db, p.otherCounselor.user.id, p.practice.id);
    expect(await outcomeOf(other.measures.forCouple({ coupleId: coupleId() }))).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(
      await outcomeOf(
        other.measures.setSchedule({ coupleId: coupleId(), measure: 'gad-7', timing: 'intake' }),
      ),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('stops asking when a measure is removed, and keeps the answers', async () => {
    await counselor().measures.setSchedule({ coupleId: coupleId(), measure: 'gad-7', timing: 'intake' });
    expect((await partner(0).measures.myDue()).map((d) => d.measure)).toEqual(['gad-7']);
    await counselor().measures.removeSchedule({ coupleId: coupleId(), measure: 'gad-7' });
    expect(await partner(0).measures.myDue()).toEqual([]);
    await counselor().measures.removeSchedule({ coupleId: coupleId(), measure: 'phq-9' });
    const view = await counselor().measures.forCouple({ coupleId: coupleId() });
    expect(view.measures.find((m) => m.measure === 'phq-9')).toMatchObject({ schedule: null });
  });
});

describe('an answer sent after the session began', () => {
  it('is kept for that session, once, and only for a session of the couple', async () => {
    await counselor().measures.setSchedule({
      coupleId: coupleId(),
      measure: 'gad-7',
      timing: 'before-session',
      hoursBefore: 48,
    });
    const [soon] = await t.db
      .insert(counselingSessions)
      .values({
        practiceId: p.practice.id,
        coupleId: coupleId(),
        counselorId: p.counselor.membership.id,
        createdById: p.counselor.membership.id,
        startsAt: new Date(Date.now() + 2 * 3600_000),
        durationMinutes: 50,
        format: 'video',
      })
      .returning();
    if (!soon) throw new Error('no session');
    const gad7Due = async () =>
      (await partner(1).measures.myDue()).filter((d) => d.measure === 'gad-7').map((d) => d.sessionId);
    expect(await gad7Due()).toEqual([soon.id]);
    // The form stays open while the session begins: the portal now asks about the next one.
    await t.db
      .update(counselingSessions)
      .set({ startsAt: new Date(Date.now() - 10 * 60_000) })
      .where(eq(counselingSessions.id, soon.id));
    expect(await gad7Due()).toEqual([sessionId]);
    const gad7 = { measure: 'gad-7' as const, sessionId: soon.id, answers: [1, 1, 1, 1, 1, 1, 1] };
    expect(await partner(1).measures.submit(gad7)).toEqual({ recorded: true });
    expect(await partner(1).measures.submit(gad7)).toEqual({ recorded: false });
    // Not for another couple's session, nor for one the counselor no longer asks about.
    const [theirs] = await t.db
      .insert(counselingSessions)
      .values({
        practiceId: p.practice.id,
        coupleId: p.secondCouple.couple.id,
        counselorId: p.counselor.membership.id,
        createdById: p.counselor.membership.id,
        startsAt: new Date(Date.now() - 3600_000),
        durationMinutes: 50,
        format: 'video',
      })
      .returning();
    expect(await partner(0).measures.submit({ ...gad7, sessionId: theirs?.id ?? '' })).toEqual({
      recorded: false,
    });
    await counselor().measures.removeSchedule({ coupleId: coupleId(), measure: 'gad-7' });
    expect(await partner(0).measures.submit(gad7)).toEqual({ recorded: false });
    const rows = await t.db
      .select()
      .from(measureResponses)
      .where(and(eq(measureResponses.practiceId, p.practice.id), eq(measureResponses.measureSlug, 'gad-7')));
    expect(rows.map((row) => [row.partnerId, row.sessionId, row.score])).toEqual([
      [p.couple.partners[1].partner.id, soon.id, 7],
    ]);
  });
});

describe('exports', () => {
  it("gives a partner their own answers in their export, never the other partner's", async () => {
    const mine = await partner(1).clientData.export();
    expect(mine.questionnaires.map((q) => [q.measure, q.score])).toEqual([
      ['phq-9', 24],
      ['session-feedback', 2.67],
      ['gad-7', 7],
    ]);
    expect(mine.questionnaires[0]?.answers['9']).toBe(0);
  });
});

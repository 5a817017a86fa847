// The practice's measure alert thresholds: owners and admins set them (validated, audited), and
// every couple's stored alerts follow in the same transaction.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditEvents, coupleMeasureAlerts, measureSchedules } from '@/db/schema';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import { createTestDb } from '@/test/test-db';

let t: DbHandle;
let p: TestPractice;
const owner = () => callerFor(t.db, p.owner.user.id, p.practice.id);
const splitOf = async () =>
  (
    await t.db
      .select({ split: coupleMeasureAlerts.allianceSplit })
      .from(coupleMeasureAlerts)
      .where(
        and(
          eq(coupleMeasureAlerts.practiceId, p.practice.id),
          eq(coupleMeasureAlerts.coupleId, p.couple.couple.id),
        ),
      )
  )[0]?.split ?? false;

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
  await t.db.insert(measureSchedules).values({
    practiceId: p.practice.id,
    coupleId: p.couple.couple.id,
    measureSlug: 'session-feedback',
    timing: 'intake',
    updatedById: p.counselor.membership.id,
  });
  // 4.33 and 3 apart by 1.33: split at a gap of 1 (the default), not at 1.5.
  for (const [i, answers] of [
    [0, [4, 4, 5]],
    [1, [3, 3, 3]],
  ] as const) {
    await callerFor(t.db, p.couple.partners[i].user.id, p.practice.id, 'client').measures.submit({
      measure: 'session-feedback',
      sessionId: null,
      answers: [...answers],
    });
  }
});
afterAll(() => t?.close());

describe('measure alert thresholds', () => {
  it('start at 4 answers and a one-point gap', async () => {
    expect(await owner().practice.measureThresholds()).toEqual({ notImprovingAfter: 4, allianceSplitGap: 1 });
    expect(await splitOf()).toBe(true);
  });

  it('recompute every couple’s alerts when changed, audited with the old and new values', async () => {
    const admin = callerFor(t.db, p.admin.user.id, p.practice.id);
    const wider = { notImprovingAfter: 6, allianceSplitGap: 1.5 } as const;
    expect(await admin.practice.updateMeasureThresholds(wider)).toEqual(wider);
    expect(await splitOf()).toBe(false);
    const couplePage = await owner().measures.forCouple({ coupleId: p.couple.couple.id });
    expect(couplePage.alerts).toEqual([]);
    const [audit] = await t.db
      .select({ actor: auditEvents.actorUserId, metadata: auditEvents.metadata })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.practiceId, p.practice.id),
          eq(auditEvents.action, 'practice.measure-thresholds-changed'),
        ),
      );
    expect(audit).toEqual({
      actor: p.admin.user.id,
      metadata: {
        notImprovingAfter: 6,
        allianceSplitGap: 1.5,
        previousNotImprovingAfter: 4,
        previousAllianceSplitGap: 1,
      },
    });
    await owner().practice.updateMeasureThresholds({ notImprovingAfter: 4, allianceSplitGap: 0.5 });
    expect(await splitOf()).toBe(true);
  });

  it('refuse counselors and clients, and values outside the allowed steps', async () => {
    const valid = { notImprovingAfter: 4, allianceSplitGap: 1 } as const;
    const counselor = callerFor(t.db, p.counselor.user.id, p.practice.id);
    await expect(counselor.practice.updateMeasureThresholds(valid)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const client = callerFor(t.db, p.couple.partners[0].user.id, p.practice.id, 'client');
    await expect(client.practice.measureThresholds()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    for (const wrong of [
      { notImprovingAfter: 1, allianceSplitGap: 1 },
      { notImprovingAfter: 21, allianceSplitGap: 1 },
      { notImprovingAfter: 4.5, allianceSplitGap: 1 },
      { notImprovingAfter: 4, allianceSplitGap: 0.75 },
      { notImprovingAfter: 4, allianceSplitGap: 2.5 },
    ]) {
      await expect(owner().practice.updateMeasureThresholds(wrong as never)).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
    }
    expect(await owner().practice.measureThresholds()).toEqual({
      notImprovingAfter: 4,
      allianceSplitGap: 0.5,
    });
  });
});

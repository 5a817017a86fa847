// The nine-behavior pulse is the check-in scale asked as a questionnaire: its answers land in the
// same progress series as check-ins assigned as homework, for the counselor (audited) and for the
// partner who answered, and never in the other partner's views.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import { createTestDb } from '@/test/test-db';
import { MEASURES } from './catalogue';

let t: DbHandle;
let p: TestPractice;

const partner = (i: 0 | 1) => callerFor(t.db, p.couple.partners[i].user.id, p.practice.id, 'client');
const partnerId = (i: 0 | 1) => p.couple.partners[i].partner.id;
const counselor = () => callerFor(t.db, p.counselor.user.id, p.practice.id);
const coupleId = () => p.couple.couple.id;

/** A pulse rating yourself `self` and your partner `other` on every behavior. */
const pulse = (self: number, other: number) =>
  MEASURES['nine-behavior-pulse'].items.map((item) => (item.id.endsWith('.self') ? self : other));

const ratingsOf = (
  progress: {
    behaviors: {
      behavior: string;
      ratings: { partnerId: string; weeks: { self: number | null; byOther: number | null }[] }[];
    }[];
  },
  behavior: string,
  of: string,
) => progress.behaviors.find((b) => b.behavior === behavior)?.ratings.find((r) => r.partnerId === of)?.weeks;

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
});
afterAll(() => t?.close());

describe('the nine-behavior pulse', () => {
  it('asks eighteen questions: each behavior for yourself and for your partner', async () => {
    await counselor().measures.setSchedule({
      coupleId: coupleId(),
      measure: 'nine-behavior-pulse',
      timing: 'intake',
    });
    expect(await partner(0).measures.myDue()).toEqual([
      expect.objectContaining({ measure: 'nine-behavior-pulse', questions: 18 }),
    ]);
  });

  it("feeds the counselor's progress series and the digest's perception gap, and reading it is audited", async () => {
    const otherBefore = await partner(1).portal.progress({});
    await partner(0).measures.submit({
      measure: 'nine-behavior-pulse',
      sessionId: null,
      answers: pulse(4, 3),
    });
    await partner(1).measures.submit({
      measure: 'nine-behavior-pulse',
      sessionId: null,
      answers: pulse(5, 2),
    });
    const progress = await counselor().homework.progress({ coupleId: coupleId() });
    // Partner 0 rated themself 4 and was rated 2 by partner 1; partner 1 rated themself 5, rated 3.
    expect(ratingsOf(progress, 'accountability', partnerId(0))).toEqual([
      expect.objectContaining({ self: 4, byOther: 2, gap: 2 }),
    ]);
    expect(ratingsOf(progress, 'quality-time', partnerId(1))).toEqual([
      expect.objectContaining({ self: 5, byOther: 3, gap: 2 }),
    ]);
    const digest = await counselor().dashboard.digest({ coupleId: coupleId() });
    expect(digest.largestGap).toMatchObject({ gap: 2 });
    const audits = await t.db
      .select({ metadata: auditEvents.metadata })
      .from(auditEvents)
      .where(and(eq(auditEvents.practiceId, p.practice.id), eq(auditEvents.action, 'measures.viewed')));
    expect(audits).toContainEqual({ metadata: { answers: 2, measure: 'nine-behavior-pulse' } });
    // Partner 1's own view changed only by their own answer.
    expect(otherBefore).not.toEqual(await partner(1).portal.progress({}));
  });

  it("shows a partner their own pulse and nothing of the other's", async () => {
    const mine = await partner(0).portal.progress({});
    expect(ratingsOf(mine, 'compassion', partnerId(0))).toEqual([
      expect.objectContaining({ self: 4, byOther: null }),
    ]);
    // How partner 0 rated partner 1 is partner 0's own answer; partner 1's ratings never show.
    expect(ratingsOf(mine, 'compassion', partnerId(1))).toEqual([
      expect.objectContaining({ self: null, byOther: 3 }),
    ]);
    const theirs = await partner(1).portal.progress({});
    expect(ratingsOf(theirs, 'compassion', partnerId(0))).toEqual([
      expect.objectContaining({ self: null, byOther: 2 }),
    ]);
    expect(ratingsOf(theirs, 'compassion', partnerId(1))).toEqual([
      expect.objectContaining({ self: 5, byOther: null }),
    ]);
  });
});

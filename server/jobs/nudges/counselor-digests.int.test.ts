// The counselor's daily digest: at their hour on their clock, with their caseload's figures, only
// when there is something to tell, once per day.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { couples, memberships } from '@/db/schema';
import { makeMember, makePractice, type TestPractice } from '@/test/factories';
import {
  addSession,
  assignSecret,
  backdateAnswer,
  localDate,
  localHour,
  mailTo,
  schedulerNow,
  setPracticeZone,
  setPreferences,
  submitSecret,
} from '@/test/nudge-fixtures';
import { createTestDb } from '@/test/test-db';
import { runNudgeScheduler } from './run-nudge-scheduler';

let t: DbHandle;
const now = schedulerNow();
const LA = 'America/Los_Angeles';

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

const digests = (email: string) => mailTo(t.db, email, 'counselor-digest');

async function practiceIn(zone: string) {
  const made = await makePractice(t.db);
  await setPracticeZone(t.db, made.practice.id, zone);
  const p = { ...made, practice: { ...made.practice, timeZone: zone } };
  for (const person of [p.counselor, p.otherCounselor, p.owner, p.admin])
    await setPreferences(t.db, person.user.id, { digestHour: localHour(now, zone) });
  return p;
}

/** On the counselor's first couple: one answer sent 2 hours ago, one 30 hours ago, one overdue
 * exercise, and an attended session with no note yet. */
async function busyCaseload(p: TestPractice) {
  const { couple, partners } = p.couple;
  const zone = p.practice.timeZone;
  const recent = await assignSecret(t.db, p, couple.id, localDate(now, zone, 2));
  await submitSecret(t.db, p.practice.id, partners[0].user.id, recent.id);
  await backdateAnswer(t.db, p.practice.id, recent.id, new Date(now.getTime() - 2 * 3600_000));
  const older = await assignSecret(t.db, p, couple.id, localDate(now, zone, 2));
  await submitSecret(t.db, p.practice.id, partners[1].user.id, older.id);
  await backdateAnswer(t.db, p.practice.id, older.id, new Date(now.getTime() - 30 * 3600_000));
  await assignSecret(t.db, p, couple.id, localDate(now, zone, -1));
  await addSession(t.db, p, couple.id, new Date(now.getTime() - 48 * 3600_000), 'attended');
}

it("sends the caseload's figures at the counselor's hour, once, and nothing to a counselor with nothing to report", async () => {
  const p = await practiceIn(LA);
  await busyCaseload(p);

  await runNudgeScheduler(t.db, now);
  await runNudgeScheduler(t.db, new Date(now.getTime() + 20 * 60_000));

  const mail = await digests(p.counselor.user.email);
  expect(mail).toHaveLength(1);
  expect(mail[0]).toMatchObject({
    idempotencyKey: `counselor-digest:${p.counselor.membership.id}:${localDate(now, LA)}`,
    recipientUserId: p.counselor.user.id,
    category: 'digest',
    senderPracticeId: p.practice.id,
  });
  // The answer sent 30 hours ago was in yesterday's digest.
  expect(mail[0]?.text).toContain('1 exercise completed');
  expect(mail[0]?.text).toContain('1 exercise overdue');
  expect(mail[0]?.text).toContain('1 session note waiting');
  expect(mail[0]?.text).toContain(`/p/${p.practice.id}/caseload`);
  for (const other of [p.otherCounselor, p.owner, p.admin])
    expect(await digests(other.user.email)).toHaveLength(0);
});

it('waits for the digest hour on the counselor’s own clock, and lets a missed hour catch up briefly', async () => {
  const p = await practiceIn(LA);
  await busyCaseload(p);
  await setPreferences(t.db, p.counselor.user.id, { digestHour: (localHour(now, LA) + 1) % 24 });
  await runNudgeScheduler(t.db, now);
  expect(await digests(p.counselor.user.email)).toHaveLength(0);

  await setPreferences(t.db, p.counselor.user.id, { digestHour: localHour(now, LA) - 3 });
  await runNudgeScheduler(t.db, now);
  expect(await digests(p.counselor.user.email)).toHaveLength(0);

  await setPreferences(t.db, p.counselor.user.id, { digestHour: localHour(now, LA) - 2 });
  await runNudgeScheduler(t.db, now);
  expect(await digests(p.counselor.user.email)).toHaveLength(1);
});

it('follows the counselor’s zone: Auckland and Los Angeles at the same instant', async () => {
  const auckland = await practiceIn('Pacific/Auckland');
  await busyCaseload(auckland);
  // A Los Angeles practice's counselor who lives in Auckland, digest at Auckland's current hour.
  const la = await practiceIn(LA);
  await busyCaseload(la);
  await setPreferences(t.db, la.counselor.user.id, {
    timeZone: 'Pacific/Auckland',
    digestHour: localHour(now, 'Pacific/Auckland'),
  });
  expect(localHour(now, 'Pacific/Auckland')).not.toBe(localHour(now, LA));

  await runNudgeScheduler(t.db, now);

  const [inAuckland] = await digests(auckland.counselor.user.email);
  expect(inAuckland?.idempotencyKey).toBe(
    `counselor-digest:${auckland.counselor.membership.id}:${localDate(now, 'Pacific/Auckland')}`,
  );
  const [livesInAuckland] = await digests(la.counselor.user.email);
  expect(livesInAuckland?.idempotencyKey).toBe(
    `counselor-digest:${la.counselor.membership.id}:${localDate(now, 'Pacific/Auckland')}`,
  );
});

it('skips counselors who turned the digest off or left, and couples that are not active', async () => {
  const optedOut = await practiceIn(LA);
  await busyCaseload(optedOut);
  await setPreferences(t.db, optedOut.counselor.user.id, { dailyDigest: false });
  const left = await practiceIn(LA);
  await busyCaseload(left);
  await t.db
    .update(memberships)
    .set({ status: 'deactivated' })
    .where(eq(memberships.id, left.counselor.membership.id));
  const paused = await practiceIn(LA);
  await busyCaseload(paused);
  await t.db.update(couples).set({ status: 'paused' }).where(eq(couples.id, paused.couple.couple.id));

  await runNudgeScheduler(t.db, now);

  for (const p of [optedOut, left, paused]) expect(await digests(p.counselor.user.email)).toHaveLength(0);
});

it('comes once on the day the clocks go back, and still comes at an hour the clocks skip', async () => {
  const p = await practiceIn(LA);
  await addSession(t.db, p, p.couple.couple.id, new Date('2026-10-01T17:00:00Z'), 'attended');
  // 1 November 2026: 01:00-02:00 happens twice in Los Angeles.
  await setPreferences(t.db, p.counselor.user.id, { digestHour: 1 });
  await runNudgeScheduler(t.db, new Date('2026-11-01T08:30:00Z')); // 01:30 PDT
  await runNudgeScheduler(t.db, new Date('2026-11-01T09:30:00Z')); // 01:30 PST
  expect((await digests(p.counselor.user.email)).map((m) => m.idempotencyKey)).toEqual([
    `counselor-digest:${p.counselor.membership.id}:2026-11-01`,
  ]);
  // 14 March 2027: 02:00-03:00 does not happen.
  await setPreferences(t.db, p.counselor.user.id, { digestHour: 2 });
  await runNudgeScheduler(t.db, new Date('2027-03-14T09:59:00Z')); // 01:59 PST
  expect(await digests(p.counselor.user.email)).toHaveLength(1);
  await runNudgeScheduler(t.db, new Date('2027-03-14T10:00:00Z')); // 03:00 PDT
  expect((await digests(p.counselor.user.email)).map((m) => m.idempotencyKey)).toContain(
    `counselor-digest:${p.counselor.membership.id}:2027-03-14`,
  );
});

it('counts a counselor’s digest per practice for someone who works in two', async () => {
  const first = await practiceIn(LA);
  await busyCaseload(first);
  const second = await practiceIn(LA);
  const { membership } = await makeMember(t.db, second.practice.id, 'counselor');
  // The first practice's counselor joins the second too, with a couple there.
  await t.db
    .update(memberships)
    .set({ userId: first.counselor.user.id })
    .where(eq(memberships.id, membership.id));
  await t.db
    .update(couples)
    .set({ counselorId: membership.id })
    .where(eq(couples.id, second.couple.couple.id));
  await addSession(t.db, second, second.couple.couple.id, new Date(now.getTime() - 3600_000), 'attended');

  await runNudgeScheduler(t.db, now);

  const keys = (await digests(first.counselor.user.email)).map((m) => m.idempotencyKey).sort();
  expect(keys).toEqual(
    [
      `counselor-digest:${first.counselor.membership.id}:${localDate(now, LA)}`,
      `counselor-digest:${membership.id}:${localDate(now, LA)}`,
    ].sort(),
  );
});

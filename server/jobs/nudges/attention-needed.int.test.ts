// A safety flag brings its counselor one email that says only that something needs attention:
// once per flag, never for an acknowledged or long-past flag, and with nothing of who or what.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { safetyFlags } from '@/db/schema';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import { mailTo } from '@/test/nudge-fixtures';
import { createTestDb } from '@/test/test-db';
import { writeAttentionNeeded } from './attention-needed';

let t: DbHandle;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

const afraid = {
  answers: { afraid: 'yes', hurt: 'yes', controlled: 'no', 'put-down': 'no', 'safe-homework': 'no' },
  note: 'My partner frightens me.',
} as const;

async function flagRaisedBy(p: TestPractice, i: 0 | 1) {
  const partner = callerFor(t.db, p.couple.partners[i].user.id, p.practice.id, 'client');
  if (i === 0) {
    await partner.safety.submitCheckIn(afraid);
  } else {
    await callerFor(t.db, p.counselor.user.id, p.practice.id).measures.setSchedule({
      coupleId: p.couple.couple.id,
      measure: 'phq-9',
      timing: 'intake',
    });
    await partner.measures.submit({
      measure: 'phq-9',
      sessionId: null,
      answers: [1, 1, 1, 1, 1, 1, 1, 1, 3],
    });
  }
  const flags = await t.db.select().from(safetyFlags).where(eq(safetyFlags.practiceId, p.practice.id));
  return flags.at(-1)!;
}

it("emails the couple's counselor once per flag, from a check-in or a questionnaire, and names nothing", async () => {
  const p = await makePractice(t.db);
  await flagRaisedBy(p, 0);
  expect(await writeAttentionNeeded(t.db, new Date(), 500)).toBe(1);
  expect(await writeAttentionNeeded(t.db, new Date(), 500)).toBe(0);
  await flagRaisedBy(p, 1);
  expect(await writeAttentionNeeded(t.db, new Date(), 500)).toBe(1);

  const mail = await mailTo(t.db, p.counselor.user.email, 'attention-needed');
  expect(mail).toHaveLength(2);
  expect(await mailTo(t.db, p.otherCounselor.user.email, 'attention-needed')).toEqual([]);
  const [first] = mail;
  expect(first?.subject).toBe(`Something in ${p.practice.name} needs your attention`);
  expect(first?.text).toContain(`/p/${p.practice.id}/caseload`);
  const names = p.couple.partners.flatMap((x) => [
    x.partner.displayName,
    x.partner.displayName.split(' ')[0]!,
  ]);
  for (const message of mail) {
    const words = `${message.subject}\n${message.html}\n${message.text}`.toLowerCase();
    for (const secret of [...names, 'safety', 'check-in', 'phq', 'flag', 'mood', 'afraid', 'frightens'])
      expect(words).not.toContain(secret.toLowerCase());
  }
});

it('sends nothing for a flag already acknowledged or raised more than a day ago', async () => {
  const p = await makePractice(t.db);
  const flag = await flagRaisedBy(p, 0);
  await callerFor(t.db, p.counselor.user.id, p.practice.id).safety.acknowledgeFlag({
    flagId: flag.id,
    note: 'Called them.',
  });
  const q = await makePractice(t.db);
  const old = await flagRaisedBy(q, 0);
  await t.db
    .update(safetyFlags)
    .set({ raisedAt: new Date(Date.now() - 25 * 3600_000) })
    .where(eq(safetyFlags.id, old.id));
  await writeAttentionNeeded(t.db, new Date(), 500);
  expect(await mailTo(t.db, p.counselor.user.email, 'attention-needed')).toEqual([]);
  expect(await mailTo(t.db, q.counselor.user.email, 'attention-needed')).toEqual([]);
});

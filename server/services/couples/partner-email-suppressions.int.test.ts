// A partner whose address bounced shows up as such on the couple, for the practice's staff only.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle, queryRows } from '@/db/client';
import { emailSuppressions, partners, practices } from '@/db/schema';
import { withTenant } from '@/db/tenant';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import { createTestDb } from '@/test/test-db';

let t: DbHandle;
let p: TestPractice;
let other: TestPractice;

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
  other = await makePractice(t.db);
  await t.db
    .update(practices)
    .set({ timeZone: 'America/Los_Angeles' })
    .where(eq(practices.id, p.practice.id));
  // 03:00 UTC on the 20th is still the 19th in Los Angeles.
  await t.db.insert(emailSuppressions).values({
    email: p.couple.partners[0].partner.email.toLowerCase(),
    reason: 'bounce',
    providerEventId: 'msg_test',
    createdAt: new Date('2026-11-20T03:00:00Z'),
  });
});
afterAll(() => t.close());

/** What app_partner_email_suppressions() answers a member of a practice. */
const suppressionsSeenBy = (practiceId: string, userId: string) =>
  withTenant(t.db, { practiceId, userId }, async (tx) => {
    const rows = await queryRows<{ partner_id: string }>(
      tx,
      sql`select partner_id from app_partner_email_suppressions()`,
    );
    return rows.map((r) => r.partner_id);
  });

describe('partner email suppressions on the couple', () => {
  it('shows the practice’s counselor and owner which partner can no longer be mailed, and since when', async () => {
    for (const userId of [p.counselor.user.id, p.owner.user.id, p.admin.user.id]) {
      const couple = await callerFor(t.db, userId, p.practice.id).couples.get({
        coupleId: p.couple.couple.id,
      });
      expect(couple.partners.map((x) => x.emailSuppression)).toEqual([
        { reason: 'bounce', since: '2026-11-19' },
        null,
      ]);
    }
  });

  it('shows nothing on a couple whose partners were never suppressed', async () => {
    const couple = await callerFor(t.db, p.counselor.user.id, p.practice.id).couples.get({
      coupleId: p.secondCouple.couple.id,
    });
    expect(couple.partners.map((x) => x.emailSuppression)).toEqual([null, null]);
  });

  it('tells a client nothing: couples.get is for staff and the function answers a client no rows', async () => {
    const client = p.couple.partners[1].user.id;
    await expect(
      callerFor(t.db, client, p.practice.id, 'client').couples.get({ coupleId: p.couple.couple.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await suppressionsSeenBy(p.practice.id, client)).toEqual([]);
    expect(await suppressionsSeenBy(p.practice.id, p.couple.partners[0].user.id)).toEqual([]);
  });

  it('tells another practice nothing about this practice’s partners', async () => {
    await expect(
      callerFor(t.db, other.owner.user.id, other.practice.id).couples.get({ coupleId: p.couple.couple.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Naming the other practice while not a member of it is refused by the procedure ladder.
    await expect(
      callerFor(t.db, other.owner.user.id, p.practice.id).couples.get({ coupleId: p.couple.couple.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await suppressionsSeenBy(other.practice.id, other.owner.user.id)).toEqual([]);
    expect(await suppressionsSeenBy(p.practice.id, other.owner.user.id)).toEqual([]);
  });

  it('shows the same suppressed address on another practice’s own partner: an address bounces everywhere', async () => {
    const theirs = other.couple.partners[0].partner;
    await t.db
      .update(partners)
      .set({ email: p.couple.partners[0].partner.email })
      .where(eq(partners.id, theirs.id));
    expect(await suppressionsSeenBy(other.practice.id, other.owner.user.id)).toEqual([theirs.id]);
    const couple = await callerFor(t.db, other.counselor.user.id, other.practice.id).couples.get({
      coupleId: other.couple.couple.id,
    });
    expect(couple.partners[0]?.emailSuppression).toMatchObject({ reason: 'bounce' });
  });
});

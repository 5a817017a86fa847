// A person's own email preferences through the router: defaults without a row, saving, refusals,
// and RLS keeping each person to their own row whatever id they name.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { notificationPreferences } from '@/db/schema';
import { withTenant } from '@/db/tenant';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import { expectSqlError, queryRows } from '@/test/sql';
import { createTestDb } from '@/test/test-db';

let t: DbHandle;
let p: TestPractice;
beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
});
afterAll(() => t?.close());

const counselor = () => callerFor(t.db, p.counselor.user.id, p.practice.id);
const client = (i: 0 | 1 = 0) => callerFor(t.db, p.couple.partners[i].user.id, p.practice.id, 'client');
const rowOf = async (userId: string) =>
  (await t.db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId)))[0];

const choices = {
  homeworkNudges: false,
  sessionReminders: true,
  timeZone: 'Europe/London',
  quietHours: { start: 22 * 60 + 30, end: 6 * 60 + 45 },
};

describe('defaults', () => {
  it('reads every default when the person has no row, without writing one', async () => {
    expect(await client().preferences.get()).toEqual({
      homeworkNudges: true,
      sessionReminders: true,
      timeZone: null,
      practiceTimeZone: p.practice.timeZone,
      quietHours: { start: 21 * 60, end: 8 * 60 },
      digest: null,
      discretion: { choice: 'practice', practiceDiscreet: true },
    });
    expect((await counselor().preferences.get()).digest).toEqual({ enabled: true, hour: 7 });
    expect((await counselor().preferences.get()).discretion).toBeNull();
    expect(await rowOf(p.couple.partners[0].user.id)).toBeUndefined();
  });

  it('matches the table’s own column defaults', async () => {
    const { user } = p.otherCounselor;
    await t.db.insert(notificationPreferences).values({ userId: user.id });
    const fromRow = await callerFor(t.db, user.id, p.practice.id).preferences.get();
    expect(fromRow).toEqual(await counselor().preferences.get());
  });
});

describe('update', () => {
  it('saves a client’s choices and reads them back, with no digest', async () => {
    const saved = await client().preferences.update(choices);
    expect(saved).toEqual({
      ...choices,
      practiceTimeZone: p.practice.timeZone,
      digest: null,
      discretion: { choice: 'practice', practiceDiscreet: true },
    });
    expect(await client().preferences.get()).toEqual(saved);
    expect(await rowOf(p.couple.partners[0].user.id)).toMatchObject({
      homeworkNudges: false,
      quietHoursStart: 1350,
      quietHoursEnd: 405,
      timeZone: 'Europe/London',
    });
  });

  it('keeps a client’s discreet-email choice, and leaves it as it is when an update leaves it out', async () => {
    for (const choice of ['named', 'discreet', 'practice'] as const) {
      const saved = await client().preferences.update({ ...choices, discretion: choice });
      expect(saved.discretion).toEqual({ choice, practiceDiscreet: true });
      expect((await rowOf(p.couple.partners[0].user.id))?.discreetEmail).toBe(
        choice === 'practice' ? null : choice === 'discreet',
      );
    }
    await client().preferences.update({ ...choices, discretion: 'named' });
    expect((await client().preferences.update(choices)).discretion?.choice).toBe('named');
    await client().preferences.update({ ...choices, discretion: 'practice' });
  });

  it('turns quiet hours off and goes back to the practice’s zone', async () => {
    const saved = await client().preferences.update({ ...choices, timeZone: null, quietHours: null });
    expect(saved).toMatchObject({ timeZone: null, quietHours: null });
    expect(await rowOf(p.couple.partners[0].user.id)).toMatchObject({
      quietHoursStart: null,
      quietHoursEnd: null,
    });
  });

  it('lets staff set the digest, and keeps it when an update leaves it out', async () => {
    await counselor().preferences.update({ ...choices, digest: { enabled: false, hour: 18 } });
    const kept = await counselor().preferences.update({ ...choices, homeworkNudges: true });
    expect(kept).toMatchObject({ homeworkNudges: true, digest: { enabled: false, hour: 18 } });
  });

  it('refuses quiet hours that start and end at the same time', async () => {
    await expect(
      counselor().preferences.update({ ...choices, quietHours: { start: 600, end: 600 } }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/different times/) });
  });

  it('refuses the digest for a client, and changes nothing', async () => {
    const before = await client(1).preferences.get();
    await expect(
      client(1).preferences.update({ ...choices, digest: { enabled: true, hour: 8 } }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/digest/) });
    expect(await client(1).preferences.get()).toEqual(before);
  });

  it.each([
    ['an unknown time zone', { timeZone: 'Atlantis/Capital' }, 'timeZone'],
    ['quiet hours past midnight', { quietHours: { start: 1440, end: 60 } }, 'quietHours'],
    ['negative minutes', { quietHours: { start: -1, end: 60 } }, 'quietHours'],
    ['half a window', { quietHours: { start: 60 } }, 'quietHours'],
    ['a fractional minute', { quietHours: { start: 60.5, end: 120 } }, 'quietHours'],
    ['digest hour 24', { digest: { enabled: true, hour: 24 } }, 'digest'],
  ])('refuses %s with a message on its field', async (_what, change, field) => {
    const before = await counselor().preferences.get();
    const error = await counselor()
      .preferences.update({ ...choices, ...change } as typeof choices)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_REQUEST' });
    const issues = (error as { cause?: { issues?: { path: PropertyKey[] }[] } }).cause?.issues ?? [];
    expect(issues.map((i) => i.path[0])).toContain(field);
    expect(await counselor().preferences.get()).toEqual(before);
  });

  it('is refused to someone not signed in', async () => {
    await expect(callerFor(t.db, null, p.practice.id).preferences.get()).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });
});

describe('row-level security', () => {
  const asUser = <T>(userId: string, work: Parameters<typeof withTenant<T>>[2]) =>
    withTenant(t.db, { practiceId: p.practice.id, userId }, work);

  it('keeps user A from reading or changing user B’s row, even by id', async () => {
    const a = p.couple.partners[1].user.id;
    const b = p.couple.partners[0].user.id;
    await client(0).preferences.update(choices);
    const before = await rowOf(b);

    const seen = await asUser(a, (tx) =>
      queryRows<{ userId: string }>(tx, sql`select user_id as "userId" from notification_preferences`),
    );
    expect(seen.map((r) => r.userId)).not.toContain(b);
    const byId = await asUser(a, (tx) =>
      tx.select().from(notificationPreferences).where(eq(notificationPreferences.userId, b)),
    );
    expect(byId).toEqual([]);

    const changed = await asUser(a, (tx) =>
      tx
        .update(notificationPreferences)
        .set({ homeworkNudges: true, quietHoursStart: null, quietHoursEnd: null })
        .where(eq(notificationPreferences.userId, b))
        .returning(),
    );
    expect(changed).toEqual([]);

    // An upsert naming B's id is an insert that RLS refuses, not a way onto B's row.
    await expectSqlError(
      asUser(a, (tx) =>
        tx
          .insert(notificationPreferences)
          .values({ userId: b, homeworkNudges: true })
          .onConflictDoUpdate({ target: notificationPreferences.userId, set: { homeworkNudges: true } }),
      ),
    );
    await expectSqlError(
      asUser(a, (tx) => tx.delete(notificationPreferences).where(eq(notificationPreferences.userId, b))),
    );
    expect(await rowOf(b)).toEqual(before);
  });

  it('keeps a staff member of the same practice out of a client’s row too', async () => {
    const b = p.couple.partners[0].user.id;
    const byId = await asUser(p.owner.user.id, (tx) =>
      tx.select().from(notificationPreferences).where(eq(notificationPreferences.userId, b)),
    );
    expect(byId).toEqual([]);
  });
});

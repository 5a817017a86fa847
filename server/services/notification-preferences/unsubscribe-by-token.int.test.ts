// One-click unsubscribe by signed token: only the named person's named category goes off, twice
// is the same as once, and a tampered or borrowed token changes nothing.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { notificationPreferences } from '@/db/schema';
import { EMAIL_CATEGORIES, unsubscribeToken } from '@/server/email/unsubscribe-token';
import { makeUser } from '@/test/factories';
import { createTestDb } from '@/test/test-db';
import { INVALID_UNSUBSCRIBE_LINK, unsubscribeByToken } from './unsubscribe-by-token';

let t: DbHandle;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

const prefsOf = async (userId: string) => {
  const [row] = await t.db
    .select({
      homework: notificationPreferences.homeworkNudges,
      sessions: notificationPreferences.sessionReminders,
      digest: notificationPreferences.dailyDigest,
      quietHoursStart: notificationPreferences.quietHoursStart,
      timeZone: notificationPreferences.timeZone,
    })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  return row;
};

describe('unsubscribeByToken', () => {
  it.each(EMAIL_CATEGORIES)('turns off %s only, creating the row with defaults', async (category) => {
    const user = await makeUser(t.db, 'Una Subscribe');
    expect(await unsubscribeByToken(t.db, unsubscribeToken(user.id, category))).toEqual({ category });
    expect(await prefsOf(user.id)).toEqual({
      homework: category !== 'homework',
      sessions: category !== 'sessions',
      digest: category !== 'digest',
      quietHoursStart: 21 * 60,
      timeZone: null,
    });
  });

  it('keeps the person’s other choices and is the same the second time', async () => {
    const user = await makeUser(t.db, 'Kept Choices');
    await t.db
      .insert(notificationPreferences)
      .values({ userId: user.id, timeZone: 'Australia/Sydney', quietHoursStart: null, quietHoursEnd: null });
    const token = unsubscribeToken(user.id, 'sessions');
    await unsubscribeByToken(t.db, token);
    const once = await prefsOf(user.id);
    await unsubscribeByToken(t.db, token);
    expect(await prefsOf(user.id)).toEqual(once);
    expect(once).toEqual({
      homework: true,
      sessions: false,
      digest: true,
      quietHoursStart: null,
      timeZone: 'Australia/Sydney',
    });
  });

  it('refuses a tampered, re-pointed or malformed token and changes nothing', async () => {
    const victim = await makeUser(t.db, 'Victim');
    const attacker = await makeUser(t.db, 'Attacker');
    const own = unsubscribeToken(attacker.id, 'homework');
    const [, , mac] = own.split('.');
    const forged = [
      `${victim.id}.homework.${mac}`, // the attacker's signature on someone else's id
      `${attacker.id}.digest.${mac}`, // another category under the same signature
      `${own.slice(0, -2)}xx`,
      `${own}.extra`,
      own.replaceAll('.', '-'),
      '',
      'not-a-token',
    ];
    for (const token of forged) {
      await expect(unsubscribeByToken(t.db, token), token).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        message: INVALID_UNSUBSCRIBE_LINK,
      });
    }
    expect(await prefsOf(victim.id)).toBeUndefined();
    expect(await prefsOf(attacker.id)).toBeUndefined();
  });

  it('refuses a genuine link for an account that no longer exists', async () => {
    const gone = '00000000-0000-4000-8000-00000000dead';
    await expect(unsubscribeByToken(t.db, unsubscribeToken(gone, 'homework'))).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});

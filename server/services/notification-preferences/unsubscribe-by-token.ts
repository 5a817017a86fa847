// One-click unsubscribe from an email link: no sign-in, so it runs on the owner connection and
// trusts only the signed token. Turning a category off twice leaves it off. A client who had not
// chosen before starts from their practice's reminder defaults, so only the one category changes.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberships, notificationPreferences, practices } from '@/db/schema';
import { type EmailCategory, readUnsubscribeToken } from '@/server/email/unsubscribe-token';
import { AppError, postgresErrorCode } from '@/server/errors';
import { CATEGORY_COLUMN } from './preferences-shape';

export const INVALID_UNSUBSCRIBE_LINK =
  'This unsubscribe link is not valid. Nothing was changed. Sign in and open Email notifications to choose which emails you get.';

export async function unsubscribeByToken(db: Db, token: string): Promise<{ category: EmailCategory }> {
  const reader = readUnsubscribeToken(token);
  if (!reader) throw new AppError('BAD_REQUEST', INVALID_UNSUBSCRIBE_LINK);
  const column = CATEGORY_COLUMN[reader.category];
  const [practice] = await db
    .select({
      homeworkNudges: practices.clientHomeworkNudges,
      sessionReminders: practices.clientSessionReminders,
      quietHoursStart: practices.clientQuietHoursStart,
      quietHoursEnd: practices.clientQuietHoursEnd,
    })
    .from(memberships)
    .innerJoin(practices, eq(practices.id, memberships.practiceId))
    .where(and(eq(memberships.userId, reader.userId), eq(memberships.role, 'client')))
    .limit(1);
  try {
    await db
      .insert(notificationPreferences)
      .values({ userId: reader.userId, ...practice, [column]: false })
      .onConflictDoUpdate({
        target: notificationPreferences.userId,
        set: { [column]: false, updatedAt: sql`now()` },
      });
  } catch (error) {
    // A genuine link for an account that has since been deleted.
    if (postgresErrorCode(error) === 'NOT_FOUND') throw new AppError('BAD_REQUEST', INVALID_UNSUBSCRIBE_LINK);
    throw error;
  }
  return { category: reader.category };
}

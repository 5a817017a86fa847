// One-click unsubscribe from an email link: no sign-in, so it runs on the owner connection and
// trusts only the signed token. Turning a category off twice leaves it off.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { notificationPreferences } from '../../../db/schema';
import { type EmailCategory, readUnsubscribeToken } from '../../email/unsubscribe-token';
import { AppError, postgresErrorCode } from '../../errors';
import { CATEGORY_COLUMN } from './preferences-shape';

export const INVALID_UNSUBSCRIBE_LINK =
  'This unsubscribe link is not valid. Nothing was changed. Sign in and open Email notifications to choose which emails you get.';

export async function unsubscribeByToken(db: Db, token: string): Promise<{ category: EmailCategory }> {
  const reader = readUnsubscribeToken(token);
  if (!reader) throw new AppError('BAD_REQUEST', INVALID_UNSUBSCRIBE_LINK);
  const column = CATEGORY_COLUMN[reader.category];
  try {
    await db
      .insert(notificationPreferences)
      .values({ userId: reader.userId, [column]: false })
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

// Saves the caller's own preferences (one row per person, shared by all their practices) inside
// their tenant transaction, so RLS refuses any row but their own.
import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { notificationPreferences } from '@/db/schema';
import { isStaffRole } from '@/server/authz/permissions';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { getNotificationPreferences } from './get-notification-preferences';
import type { TNotificationPreferences, TNotificationPreferencesInput } from './preferences-shape';

export async function updateNotificationPreferences(
  tx: Tx,
  actor: Actor,
  input: TNotificationPreferencesInput,
): Promise<TNotificationPreferences> {
  if (input.digest && !isStaffRole(actor.role)) {
    throw new AppError('BAD_REQUEST', 'The daily digest is only for counselors and practice staff.');
  }
  if (input.discretion && isStaffRole(actor.role)) {
    throw new AppError('BAD_REQUEST', 'Discreet email is for clients; staff email is about their work.');
  }
  if (input.quietHours && input.quietHours.start === input.quietHours.end) {
    throw new AppError('BAD_REQUEST', 'Quiet hours must start and end at different times.');
  }
  const values = {
    homeworkNudges: input.homeworkNudges,
    sessionReminders: input.sessionReminders,
    timeZone: input.timeZone,
    quietHoursStart: input.quietHours?.start ?? null,
    quietHoursEnd: input.quietHours?.end ?? null,
    ...(input.digest ? { dailyDigest: input.digest.enabled, digestHour: input.digest.hour } : {}),
    ...(input.discretion
      ? { discreetEmail: input.discretion === 'practice' ? null : input.discretion === 'discreet' }
      : {}),
  };
  await tx
    .insert(notificationPreferences)
    .values({ userId: actor.userId, ...values })
    .onConflictDoUpdate({
      target: notificationPreferences.userId,
      set: { ...values, updatedAt: sql`now()` },
    });
  return getNotificationPreferences(tx, actor);
}

// Reads the caller's own preferences inside their tenant transaction; RLS hides everyone else's row.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { notificationPreferences } from '../../../db/schema';
import { isStaffRole } from '../../authz/permissions';
import type { Actor } from '../actor';
import { practiceTimeZone } from '../practices/practice-time-zone';
import { DEFAULT_DIGEST_HOUR, DEFAULT_QUIET_HOURS, type TNotificationPreferences } from './preferences-shape';

export async function getNotificationPreferences(tx: Tx, actor: Actor): Promise<TNotificationPreferences> {
  const [row] = await tx
    .select()
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, actor.userId));
  const quietHours = row
    ? row.quietHoursStart !== null && row.quietHoursEnd !== null
      ? { start: row.quietHoursStart, end: row.quietHoursEnd }
      : null
    : { ...DEFAULT_QUIET_HOURS };
  return {
    homeworkNudges: row?.homeworkNudges ?? true,
    sessionReminders: row?.sessionReminders ?? true,
    timeZone: row?.timeZone ?? null,
    practiceTimeZone: await practiceTimeZone(tx, actor.practiceId),
    quietHours,
    digest: isStaffRole(actor.role)
      ? { enabled: row?.dailyDigest ?? true, hour: row?.digestHour ?? DEFAULT_DIGEST_HOUR }
      : null,
  };
}

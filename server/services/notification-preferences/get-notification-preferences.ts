// Reads the caller's own preferences inside their tenant transaction; RLS hides everyone else's row.
// Without a row of their own, a client follows the practice's reminder defaults and staff the
// table's column defaults. A client also sees whether their mail is discreet, and the practice's
// default for it.
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { notificationPreferences, practices } from '@/db/schema';
import { isStaffRole } from '@/server/authz/permissions';
import type { Actor } from '../actor';
import { practiceTimeZone } from '../practices/practice-time-zone';
import { getReminderDefaults } from '../practices/reminder-defaults/get-reminder-defaults';
import type { TReminderDefaults } from '../practices/reminder-defaults/reminder-defaults-shape';
import {
  DEFAULT_DIGEST_HOUR,
  DEFAULT_QUIET_HOURS,
  type TDiscretionChoice,
  type TNotificationPreferences,
} from './preferences-shape';

const STAFF_DEFAULTS: TReminderDefaults = {
  homeworkNudges: true,
  sessionReminders: true,
  quietHours: DEFAULT_QUIET_HOURS,
};

export async function getNotificationPreferences(tx: Tx, actor: Actor): Promise<TNotificationPreferences> {
  const [row] = await tx
    .select()
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, actor.userId));
  const staff = isStaffRole(actor.role);
  const chosen: TReminderDefaults = row
    ? {
        homeworkNudges: row.homeworkNudges,
        sessionReminders: row.sessionReminders,
        quietHours:
          row.quietHoursStart !== null && row.quietHoursEnd !== null
            ? { start: row.quietHoursStart, end: row.quietHoursEnd }
            : null,
      }
    : staff
      ? STAFF_DEFAULTS
      : await getReminderDefaults(tx, actor.practiceId);
  return {
    homeworkNudges: chosen.homeworkNudges,
    sessionReminders: chosen.sessionReminders,
    timeZone: row?.timeZone ?? null,
    practiceTimeZone: await practiceTimeZone(tx, actor.practiceId),
    quietHours: chosen.quietHours ? { ...chosen.quietHours } : null,
    digest: staff
      ? { enabled: row?.dailyDigest ?? true, hour: row?.digestHour ?? DEFAULT_DIGEST_HOUR }
      : null,
    discretion: staff
      ? null
      : {
          choice: choiceOf(row?.discreetEmail ?? null),
          practiceDiscreet: await practiceSendsDiscreetly(tx, actor.practiceId),
        },
  };
}

const choiceOf = (discreet: boolean | null): TDiscretionChoice =>
  discreet === null ? 'practice' : discreet ? 'discreet' : 'named';

async function practiceSendsDiscreetly(tx: Tx, practiceId: string) {
  const [practice] = await tx
    .select({ discreet: practices.discreetClientEmail })
    .from(practices)
    .where(eq(practices.id, practiceId));
  return practice?.discreet ?? true;
}

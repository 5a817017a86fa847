// The practice's reminder defaults: which nudges its clients get, and when they stay quiet, until
// a client chooses for themselves (a notification_preferences row of their own).
import { z } from 'zod';
import { ZQuietHours } from '@/server/services/notification-preferences/preferences-shape';

export const ZReminderDefaults = z.object({
  homeworkNudges: z.boolean(),
  sessionReminders: z.boolean(),
  /** null: no quiet hours. Minutes after midnight on the client's (else the practice's) clock. */
  quietHours: ZQuietHours.nullable(),
});
export type TReminderDefaults = z.infer<typeof ZReminderDefaults>;

/** The practice row's columns as the app reads them. */
export function reminderDefaultsOf(row: {
  clientHomeworkNudges: boolean;
  clientSessionReminders: boolean;
  clientQuietHoursStart: number | null;
  clientQuietHoursEnd: number | null;
}): TReminderDefaults {
  return {
    homeworkNudges: row.clientHomeworkNudges,
    sessionReminders: row.clientSessionReminders,
    quietHours:
      row.clientQuietHoursStart !== null && row.clientQuietHoursEnd !== null
        ? { start: row.clientQuietHoursStart, end: row.clientQuietHoursEnd }
        : null,
  };
}

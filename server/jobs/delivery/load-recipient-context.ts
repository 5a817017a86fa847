// What decides each claimed message's fate, for the whole batch at once: suppressed addresses,
// recipients' preferences, and the sending practices' time zones, reminder defaults and discreet-mail
// settings.
import { inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { emailSuppressions, notificationPreferences, practices } from '@/db/schema';
import type { ClaimedEmail } from './claim-due-emails';
import type { PracticeDiscretion } from './message-version';
import type { PracticeReminderDefaults, RecipientPreferences } from './recipient-rules';

const unique = <T>(values: (T | null)[]) => [...new Set(values.filter((v): v is T => v !== null))];

export async function loadRecipientContext(db: Db, batch: ClaimedEmail[]) {
  const emails = unique(batch.map((m) => m.toEmail));
  const userIds = unique(batch.map((m) => m.recipientUserId));
  const practiceIds = unique(batch.map((m) => m.senderPracticeId));
  const [suppressed, preferences, zones] = await Promise.all([
    emails.length
      ? db
          .select({ email: emailSuppressions.email, reason: emailSuppressions.reason })
          .from(emailSuppressions)
          .where(inArray(emailSuppressions.email, emails))
      : [],
    userIds.length
      ? db.select().from(notificationPreferences).where(inArray(notificationPreferences.userId, userIds))
      : [],
    practiceIds.length
      ? db
          .select({
            id: practices.id,
            timeZone: practices.timeZone,
            clientHomeworkNudges: practices.clientHomeworkNudges,
            clientSessionReminders: practices.clientSessionReminders,
            clientQuietHoursStart: practices.clientQuietHoursStart,
            clientQuietHoursEnd: practices.clientQuietHoursEnd,
            discreetClientEmail: practices.discreetClientEmail,
            discreetSenderName: practices.discreetSenderName,
          })
          .from(practices)
          .where(inArray(practices.id, practiceIds))
      : [],
  ]);
  return {
    suppressedFor: new Map(suppressed.map((s) => [s.email, s.reason])),
    preferencesOf: new Map<string, RecipientPreferences>(preferences.map((p) => [p.userId, p])),
    discreetChoiceOf: new Map(preferences.map((p) => [p.userId, p.discreetEmail])),
    practiceZone: new Map(zones.map((z) => [z.id, z.timeZone])),
    practiceDefaults: new Map<string, PracticeReminderDefaults>(zones.map((z) => [z.id, z])),
    practiceDiscretion: new Map<string, PracticeDiscretion>(zones.map((z) => [z.id, z])),
  };
}

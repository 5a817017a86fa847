// Whether a claimed message goes now, waits for quiet hours, or is not sent at all, from the
// recipient's preferences and the suppression list. Pure, so it is tested without a database.
import { type QuietHours, quietHoursRelease } from '@/server/email/quiet-hours';
import type { EmailCategory } from '@/server/email/unsubscribe-token';

export type RecipientPreferences = {
  timeZone: string | null;
  quietHoursStart: number | null;
  quietHoursEnd: number | null;
  homeworkNudges: boolean;
  sessionReminders: boolean;
  dailyDigest: boolean;
};

/** No row: every nudge on, quiet from 21:00 to 08:00 on the practice's clock. */
export const DEFAULT_PREFERENCES: RecipientPreferences = {
  timeZone: null,
  quietHoursStart: 21 * 60,
  quietHoursEnd: 8 * 60,
  homeworkNudges: true,
  sessionReminders: true,
  dailyDigest: true,
};

/** A practice's reminder defaults for its clients (practices.client_* columns). */
export type PracticeReminderDefaults = {
  clientHomeworkNudges: boolean;
  clientSessionReminders: boolean;
  clientQuietHoursStart: number | null;
  clientQuietHoursEnd: number | null;
};

/**
 * The preferences of someone who has not chosen their own. Homework and session nudges go to a
 * practice's clients, so they follow the sending practice's reminder defaults; the digest goes to
 * staff, who keep the app's defaults.
 */
export function fallbackPreferences(
  category: EmailCategory | null,
  practice: PracticeReminderDefaults | undefined,
): RecipientPreferences {
  if (!practice || category === 'digest') return DEFAULT_PREFERENCES;
  return {
    ...DEFAULT_PREFERENCES,
    homeworkNudges: practice.clientHomeworkNudges,
    sessionReminders: practice.clientSessionReminders,
    quietHoursStart: practice.clientQuietHoursStart,
    quietHoursEnd: practice.clientQuietHoursEnd,
  };
}

type DeliveryDecision = { kind: 'send' } | { kind: 'wait'; until: Date } | { kind: 'skip'; reason: string };

const CATEGORY_SWITCH = {
  homework: 'homeworkNudges',
  sessions: 'sessionReminders',
  digest: 'dailyDigest',
} as const satisfies Record<EmailCategory, keyof RecipientPreferences>;

export function decideDelivery(input: {
  now: Date;
  category: EmailCategory | null;
  suppressedFor: 'bounce' | 'complaint' | null;
  preferences: RecipientPreferences;
  /** The sending practice's zone, used when the person chose none. */
  practiceTimeZone: string | null;
}): DeliveryDecision {
  if (input.suppressedFor)
    return { kind: 'skip', reason: `address suppressed after a ${input.suppressedFor}` };
  // Messages a person asked for (sign-in links, invitations) ignore nudge preferences.
  if (!input.category) return { kind: 'send' };
  const prefs = input.preferences;
  if (!prefs[CATEGORY_SWITCH[input.category]])
    return { kind: 'skip', reason: `recipient turned off ${input.category} emails` };
  if (prefs.quietHoursStart === null || prefs.quietHoursEnd === null) return { kind: 'send' };
  const quiet: QuietHours = {
    timeZone: prefs.timeZone ?? input.practiceTimeZone ?? 'UTC',
    start: prefs.quietHoursStart,
    end: prefs.quietHoursEnd,
  };
  const release = quietHoursRelease(input.now, quiet);
  return release ? { kind: 'wait', until: release } : { kind: 'send' };
}

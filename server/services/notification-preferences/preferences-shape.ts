// What a person chooses about nudge emails, as the app reads and writes it: no row means every
// default below, which are the table's own column defaults.
import { z } from 'zod';
import type { EmailCategory } from '@/server/email/unsubscribe-token';
import { ZTimeZone } from '../practices/time-zone';

export const DEFAULT_QUIET_HOURS = { start: 21 * 60, end: 8 * 60 } as const;
export const DEFAULT_DIGEST_HOUR = 7;

const ZMinuteOfDay = z
  .number({ error: 'Enter a time of day.' })
  .int('Enter a time of day.')
  .min(0, 'Enter a time of day.')
  .max(1439, 'Enter a time of day.');

// Equal start and end is refused by the service, not here, so every schema-built example input
// (test/input-from-zod.ts) stays valid.
export const ZQuietHours = z.object({ start: ZMinuteOfDay, end: ZMinuteOfDay });

const ZDigest = z.object({
  enabled: z.boolean(),
  hour: z
    .number()
    .int('Choose an hour.')
    .min(0, 'Choose an hour between 0 and 23.')
    .max(23, 'Choose an hour between 0 and 23.'),
});

/** A client's mail: discreet, naming the practice, or as the practice decides. */
const DISCRETION_CHOICES = ['practice', 'discreet', 'named'] as const;
export const ZDiscretionChoice = z.enum(DISCRETION_CHOICES);
export type TDiscretionChoice = z.infer<typeof ZDiscretionChoice>;

export const ZNotificationPreferencesInput = z.object({
  homeworkNudges: z.boolean(),
  sessionReminders: z.boolean(),
  /** null: the practice's own zone. */
  timeZone: ZTimeZone.nullable(),
  /** null: no quiet hours. */
  quietHours: ZQuietHours.nullable(),
  /** Staff only; left out, the saved digest settings stay as they are. */
  digest: ZDigest.optional(),
  /** Clients only; left out, the saved choice stays as it is. */
  discretion: ZDiscretionChoice.optional(),
});
export type TNotificationPreferencesInput = z.infer<typeof ZNotificationPreferencesInput>;

export const ZNotificationPreferences = z.object({
  homeworkNudges: z.boolean(),
  sessionReminders: z.boolean(),
  timeZone: z.string().nullable(),
  /** The zone used when `timeZone` is null, so the page can say which it is. */
  practiceTimeZone: z.string(),
  quietHours: z.object({ start: z.number(), end: z.number() }).nullable(),
  /** null for clients: the digest is a counselor's email. */
  digest: ZDigest.nullable(),
  /** null for staff: their mail is about their work, and never discreet. */
  discretion: z.object({ choice: ZDiscretionChoice, practiceDiscreet: z.boolean() }).nullable(),
});
export type TNotificationPreferences = z.infer<typeof ZNotificationPreferences>;

/** The preference column each unsubscribe category turns off. */
export const CATEGORY_COLUMN = {
  homework: 'homeworkNudges',
  sessions: 'sessionReminders',
  digest: 'dailyDigest',
} as const satisfies Record<EmailCategory, string>;

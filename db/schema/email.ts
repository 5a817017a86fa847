// Email: the outbox every message goes through, the local mailbox that stands in for a provider
// outside production, each person's notification preferences, and the addresses that must not be
// mailed again. None of these is tenant-owned: sign-in links belong to no practice, and a person's
// preferences and a bounced address are the same in every practice.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { emailCategory, outboxStatus, suppressionReason } from './enums';
import { users } from './identity';
import { practices } from './practices';

export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Also sent to the provider, which then never delivers the same key twice. */
    idempotencyKey: text('idempotency_key').notNull().unique(),
    toEmail: text('to_email').notNull(),
    /** The person the message is for, when they have an account: their preferences apply. */
    recipientUserId: uuid('recipient_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** The practice the message speaks for (its name is the sender name); none for sign-in links. */
    senderPracticeId: uuid('sender_practice_id').references(() => practices.id, { onDelete: 'set null' }),
    senderName: text('sender_name').notNull().default('Ninefold'),
    /** A nudge's category, which its recipient can turn off; none for messages they asked for. */
    category: emailCategory('category'),
    unsubscribeUrl: text('unsubscribe_url'),
    template: text('template').notNull(),
    subject: text('subject').notNull(),
    /** Cleared once delivered or failed: bodies can hold sign-in and invitation links. */
    html: text('html'),
    text: text('text'),
    /**
     * Mail to a client also comes rendered discreetly. Its first delivery attempt picks the version
     * from the practice's and the client's settings of that moment and moves it into subject, html,
     * text and sender name, clearing these, so every retry sends the very same message.
     */
    discreetSubject: text('discreet_subject'),
    discreetHtml: text('discreet_html'),
    discreetText: text('discreet_text'),
    status: outboxStatus('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** Not before this time: quiet hours and retry backoff both push it later. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** A worker holds the row until then; after a crash another worker takes it over. */
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    /** The provider remembers an idempotency key for 24 hours from here. */
    firstAttemptAt: timestamp('first_attempt_at', { withTimezone: true }),
    providerMessageId: text('provider_message_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    failedAt: timestamp('failed_at', { withTimezone: true }),
  },
  (t) => [
    index('email_outbox_due_idx').on(t.status, t.nextAttemptAt),
    index('email_outbox_sender_failed_idx').on(t.senderPracticeId, t.failedAt),
    index('email_outbox_provider_message_idx').on(t.providerMessageId),
  ],
);

/** What the local transport "delivered": read at /dev/mailbox and by tests, never in production. */
export const devMailbox = pgTable(
  'dev_mailbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    fromAddress: text('from_address').notNull(),
    toEmail: text('to_email').notNull(),
    subject: text('subject').notNull(),
    html: text('html').notNull(),
    text: text('text').notNull(),
    headers: jsonb('headers').$type<Record<string, string>>().notNull().default({}),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('dev_mailbox_to_received_idx').on(t.toEmail, t.receivedAt)],
);

/** One row per person who changed a default; no row means every default below. */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** IANA zone for quiet hours and the digest; none means the practice's zone. */
    timeZone: text('time_zone'),
    /** Minutes after local midnight; both empty means no quiet hours. */
    quietHoursStart: smallint('quiet_hours_start').default(21 * 60),
    quietHoursEnd: smallint('quiet_hours_end').default(8 * 60),
    homeworkNudges: boolean('homework_nudges').notNull().default(true),
    sessionReminders: boolean('session_reminders').notNull().default(true),
    dailyDigest: boolean('daily_digest').notNull().default(true),
    /** Local hour the counselor's digest is sent. */
    digestHour: smallint('digest_hour').notNull().default(7),
    /** A client's choice of discreet mail (true) or mail that names the practice; null: the practice's. */
    discreetEmail: boolean('discreet_email'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'notification_preferences_quiet_hours',
      sql`(${t.quietHoursStart} is null) = (${t.quietHoursEnd} is null)
        and coalesce(${t.quietHoursStart} between 0 and 1439, true)
        and coalesce(${t.quietHoursEnd} between 0 and 1439, true)`,
    ),
    check('notification_preferences_digest_hour', sql`${t.digestHour} between 0 and 23`),
  ],
);

/** Addresses that bounced or complained: nothing more is sent to them. */
export const emailSuppressions = pgTable(
  'email_suppressions',
  {
    email: text('email').primaryKey(),
    reason: suppressionReason('reason').notNull(),
    providerEventId: text('provider_event_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('email_suppressions_email_lowercase', sql`${t.email} = lower(${t.email})`)],
);

/** Provider webhook deliveries already handled, by their id, so a redelivery changes nothing. */
export const emailWebhookEvents = pgTable('email_webhook_events', {
  id: text('id').primaryKey(),
  type: text('type').notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
});

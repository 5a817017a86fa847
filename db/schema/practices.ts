// The tenant and who belongs to it. Every tenant-owned table keys on (practice_id, id).
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { answerVisibility, membershipRole, membershipStatus, noteTemplate } from './enums';
import { users } from './identity';

export const practices = pgTable(
  'practices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** Who sees a new homework answer unless its author chooses otherwise. */
    defaultAnswerVisibility: answerVisibility('default_answer_visibility').notNull().default('counselor'),
    /** IANA zone: session times are entered and shown in it. */
    timeZone: text('time_zone').notNull().default('America/New_York'),
    noteTemplate: noteTemplate('note_template').notNull().default('dap'),
    /** Staff must turn on two-factor sign-in before they can work in this practice (owners set it). */
    requireTwoFactor: boolean('require_two_factor').notNull().default(false),
    /**
     * Reminder defaults: what the practice's clients get until they choose for themselves (a
     * notification_preferences row). Quiet hours in minutes after local midnight; both empty: none.
     */
    clientHomeworkNudges: boolean('client_homework_nudges').notNull().default(true),
    clientSessionReminders: boolean('client_session_reminders').notNull().default(true),
    clientQuietHoursStart: smallint('client_quiet_hours_start').default(21 * 60),
    clientQuietHoursEnd: smallint('client_quiet_hours_end').default(8 * 60),
    /**
     * Mail to clients is discreet unless they chose otherwise (notification_preferences): sent as
     * `discreetSenderName`, with neutral subjects and bodies that name neither the practice nor counseling.
     */
    discreetClientEmail: boolean('discreet_client_email').notNull().default(true),
    discreetSenderName: text('discreet_sender_name').notNull().default('Account notifications'),
    /** Where in-person sessions happen unless a session names its own place: one line, may be empty. */
    officeAddress: text('office_address').notNull().default(''),
    /**
     * Measure alert thresholds (server/services/measures/measure-alerts.ts): a partner who started
     * at or past a measure's cut-off is "not improving" after this many answers without reliable
     * change; the two partners' alliance is "split" this many points apart on session feedback's 1-5 mean.
     */
    measureNotImprovingAfter: smallint('measure_not_improving_after').notNull().default(4),
    measureAllianceSplitGap: numeric('measure_alliance_split_gap', { precision: 2, scale: 1, mode: 'number' })
      .notNull()
      .default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'practices_client_quiet_hours',
      sql`(${t.clientQuietHoursStart} is null) = (${t.clientQuietHoursEnd} is null)
      and coalesce(${t.clientQuietHoursStart} between 0 and 1439, true)
      and coalesce(${t.clientQuietHoursEnd} between 0 and 1439, true)
      and coalesce(${t.clientQuietHoursStart} <> ${t.clientQuietHoursEnd}, true)`,
    ),
    check('practices_measure_not_improving_after', sql`${t.measureNotImprovingAfter} between 2 and 20`),
    check('practices_measure_alliance_split_gap', sql`${t.measureAllianceSplitGap} in (0.5, 1, 1.5, 2)`),
    check(
      'practices_office_address',
      sql`char_length(${t.officeAddress}) <= 200 and ${t.officeAddress} !~ '[[:cntrl:]]'`,
    ),
    check(
      'practices_discreet_sender_name',
      sql`char_length(btrim(${t.discreetSenderName})) between 1 and 60
      and ${t.discreetSenderName} !~ '[[:cntrl:]]'`,
    ),
  ],
);

export const memberships = pgTable(
  'memberships',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: membershipRole('role').notNull(),
    status: membershipStatus('status').notNull().default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    unique('memberships_practice_user_key').on(t.practiceId, t.userId),
    index('memberships_user_idx').on(t.userId),
  ],
);

// Outcome measures: which questionnaires each couple's partners are asked, and when (the
// counselor's schedule), and each partner's answers. Answers are encrypted by the app
// (server/crypto); the score is kept beside them in the clear so the caseload can filter on it
// under the same row-level security. A partner reads only their own answers (migration
// *_measures_rls), never the other partner's, not even a count. The questionnaires themselves are
// data in server/services/measures/catalogue.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { couples, partners } from './couples';
import { memberships, practices } from './practices';
import { counselingSessions } from './sessions';

/** intake: once, as soon as the partner signs in; discharge: once, when the file is closed; the rest as they say. */
export const measureTiming = pgEnum('measure_timing', [
  'intake',
  'before-session',
  'after-session',
  'every-n-weeks',
  'discharge',
]);
export type MeasureTiming = (typeof measureTiming.enumValues)[number];

const knownMeasure = (column: unknown) =>
  sql`${column} in ('phq-9', 'gad-7', 'session-feedback', 'nine-behavior-pulse')`;

export const measureSchedules = pgTable(
  'measure_schedules',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    coupleId: uuid('couple_id').notNull(),
    measureSlug: text('measure_slug').notNull(),
    timing: measureTiming('timing').notNull(),
    /** every-n-weeks: the N. */
    intervalWeeks: smallint('interval_weeks'),
    /** before-session: how many hours before the session the portal starts asking. */
    hoursBefore: smallint('hours_before').notNull().default(72),
    updatedById: uuid('updated_by_id').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.coupleId, t.measureSlug] }),
    foreignKey({
      name: 'measure_schedules_couple_fk',
      columns: [t.practiceId, t.coupleId],
      foreignColumns: [couples.practiceId, couples.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'measure_schedules_updated_by_fk',
      columns: [t.practiceId, t.updatedById],
      foreignColumns: [memberships.practiceId, memberships.id],
    }),
    check('measure_schedules_known_measure', knownMeasure(t.measureSlug)),
    check(
      'measure_schedules_interval',
      sql`(${t.timing} = 'every-n-weeks') = (${t.intervalWeeks} is not null) and (${t.intervalWeeks} is null or ${t.intervalWeeks} between 1 and 52)`,
    ),
    check('measure_schedules_hours_before_range', sql`${t.hoursBefore} between 1 and 168`),
  ],
);

export const measureResponses = pgTable(
  'measure_responses',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    coupleId: uuid('couple_id').notNull(),
    partnerId: uuid('partner_id').notNull(),
    measureSlug: text('measure_slug').notNull(),
    /** The session a before- or after-session answer belongs to; null for intake and every N weeks. */
    sessionId: uuid('session_id'),
    /** The item answers, encrypted as one JSON bound to the row. */
    answersCiphertext: text('answers_ciphertext').notNull(),
    score: numeric('score', { precision: 6, scale: 2, mode: 'number' }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({
      name: 'measure_responses_couple_fk',
      columns: [t.practiceId, t.coupleId],
      foreignColumns: [couples.practiceId, couples.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'measure_responses_partner_fk',
      columns: [t.practiceId, t.partnerId],
      foreignColumns: [partners.practiceId, partners.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'measure_responses_session_fk',
      columns: [t.practiceId, t.sessionId],
      foreignColumns: [counselingSessions.practiceId, counselingSessions.id],
    }).onDelete('cascade'),
    check('measure_responses_known_measure', knownMeasure(t.measureSlug)),
    // One answer per partner, measure and session: a double submit does not count twice.
    unique('measure_responses_session_key').on(t.practiceId, t.partnerId, t.measureSlug, t.sessionId),
    index('measure_responses_practice_couple_idx').on(t.practiceId, t.coupleId, t.measureSlug, t.submittedAt),
    index('measure_responses_practice_partner_idx').on(
      t.practiceId,
      t.partnerId,
      t.measureSlug,
      t.submittedAt,
    ),
  ],
);

/**
 * Which measure alerts each couple has now, for the caseload (one statement, no recomputation on
 * read). Derived: rebuilt from measure_responses and the practice's thresholds by the same pure
 * rules the couple page uses (server/services/measures/refresh-measure-alerts.ts), in the same
 * transaction as every answer and threshold change, and by `npm run measures:reconcile`. A couple
 * without any alert has no row. Staff who see the couple read it; clients have no access at all,
 * and nobody writes it except through app_replace_couple_measure_alerts (*_measure_alerts_rls).
 */
export const coupleMeasureAlerts = pgTable(
  'couple_measure_alerts',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    coupleId: uuid('couple_id').notNull(),
    notImproving: boolean('not_improving').notNull().default(false),
    worse: boolean('worse').notNull().default(false),
    allianceSplit: boolean('alliance_split').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.coupleId] }),
    foreignKey({
      name: 'couple_measure_alerts_couple_fk',
      columns: [t.practiceId, t.coupleId],
      foreignColumns: [couples.practiceId, couples.id],
    }).onDelete('cascade'),
    check('couple_measure_alerts_some', sql`${t.notImproving} or ${t.worse} or ${t.allianceSplit}`),
  ],
);

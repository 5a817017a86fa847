// Outcome measures: which questionnaires each couple's partners are asked, and when (the
// counselor's schedule), and each partner's answers. Answers are encrypted by the app
// (server/crypto); the score is kept beside them in the clear so the caseload can filter on it
// under the same row-level security. A partner reads only their own answers (migration
// *_measures_rls), never the other partner's, not even a count. The questionnaires themselves are
// data in server/services/measures/catalogue.
import { type SQL, sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  jsonb,
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

/** A practice measure's slug: `pm-` and its id (server/services/measures/measure-slug.ts says the same). */
const PRACTICE_SLUG = '^pm-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

/**
 * A stored slug is a built-in's, or `pm-<id>` of a measure of the same practice: the id is derived
 * from the slug (a generated column) and held to the practice's own measures by a composite key.
 */
const knownMeasure = (slug: unknown, practiceMeasureId: unknown) =>
  sql`${slug} in ('phq-9', 'gad-7', 'session-feedback', 'nine-behavior-pulse') or ${practiceMeasureId} is not null`;

const practiceMeasureIdOf = (slug: unknown) =>
  sql`case when ${slug} ~ '${sql.raw(PRACTICE_SLUG)}' then substr(${slug}, 4)::uuid end`;

/** What a practice measure asks and how it scores: the fields of MeasureDefinition an admin enters. */
export type PracticeMeasureBody = {
  about: 'self' | 'relationship' | 'therapy';
  instructions: string;
  items: { id: string; text: string }[];
  choices: { value: number; label: string }[];
  choiceLayout: 'list' | 'scale';
  scoring: 'sum' | 'mean';
  better: 'lower' | 'higher';
  bands: { from: number; label: string; tone: 'calm' | 'watch' | 'concern' }[];
  reliableChange: number | null;
  clinicalCutOff: number | null;
};

/**
 * Measures a practice is licensed to use, entered by its owners and admins. The body (items, scale,
 * scoring, bands) is sealed once anyone has answered (a trigger in *_practice_measures_rls): answers
 * are stored by item order. A measure is retired, never deleted, so its answers keep their meaning.
 */
export const practiceMeasures = pgTable(
  'practice_measures',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    title: text('title').notNull(),
    clientTitle: text('client_title').notNull(),
    /** What gives the practice the right to use it. */
    licence: text('licence').notNull(),
    definition: jsonb('definition').$type<PracticeMeasureBody>().notNull(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    createdById: uuid('created_by_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({
      name: 'practice_measures_created_by_fk',
      columns: [t.practiceId, t.createdById],
      foreignColumns: [memberships.practiceId, memberships.id],
    }),
    check('practice_measures_title_present', sql`length(trim(${t.title})) > 0 and length(${t.title}) <= 120`),
    check('practice_measures_licence_present', sql`length(trim(${t.licence})) > 0`),
  ],
);

export const measureSchedules = pgTable(
  'measure_schedules',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    coupleId: uuid('couple_id').notNull(),
    measureSlug: text('measure_slug').notNull(),
    practiceMeasureId: uuid('practice_measure_id').generatedAlwaysAs(
      (): SQL => practiceMeasureIdOf(measureSchedules.measureSlug),
    ),
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
    foreignKey({
      name: 'measure_schedules_practice_measure_fk',
      columns: [t.practiceId, t.practiceMeasureId],
      foreignColumns: [practiceMeasures.practiceId, practiceMeasures.id],
    }),
    check('measure_schedules_known_measure', knownMeasure(t.measureSlug, t.practiceMeasureId)),
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
    practiceMeasureId: uuid('practice_measure_id').generatedAlwaysAs(
      (): SQL => practiceMeasureIdOf(measureResponses.measureSlug),
    ),
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
    foreignKey({
      name: 'measure_responses_practice_measure_fk',
      columns: [t.practiceId, t.practiceMeasureId],
      foreignColumns: [practiceMeasures.practiceId, practiceMeasures.id],
    }),
    check('measure_responses_known_measure', knownMeasure(t.measureSlug, t.practiceMeasureId)),
    index('measure_responses_practice_measure_idx').on(t.practiceId, t.practiceMeasureId),
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
 * and nobody writes it except through app_refresh_couple_measure_alerts (*_measure_alerts_rls).
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

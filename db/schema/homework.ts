// Homework: the global exercise library, a practice's own exercises, assignments (which snapshot
// the exercise's content) and each partner's response. Answer bodies are encrypted by the app.
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { TExerciseContent } from '../exercise-content';
import { couples, partners } from './couples';
import { answerVisibility, behavior, exerciseKind, responseStatus } from './enums';
import { memberships, practices } from './practices';
import { sessionNotes } from './sessions';

/** The global library, the same for every practice; seeded, read-only to the app. */
export const exercises = pgTable('exercises', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Stable name in the seed (`accountability.my-part`), so reseeding updates in place. */
  key: text('key').notNull().unique(),
  behavior: behavior('behavior').notNull(),
  kind: exerciseKind('kind').notNull(),
  title: text('title').notNull(),
  content: jsonb('content').$type<TExerciseContent>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const practiceExercises = pgTable(
  'practice_exercises',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    behavior: behavior('behavior').notNull(),
    kind: exerciseKind('kind').notNull(),
    title: text('title').notNull(),
    content: jsonb('content').$type<TExerciseContent>().notNull(),
    copiedFromExerciseId: uuid('copied_from_exercise_id').references(() => exercises.id),
    createdById: uuid('created_by_id').notNull(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({
      name: 'practice_exercises_created_by_fk',
      columns: [t.practiceId, t.createdById],
      foreignColumns: [memberships.practiceId, memberships.id],
    }),
    index('practice_exercises_practice_behavior_idx').on(t.practiceId, t.behavior, t.kind),
  ],
);

export const assignments = pgTable(
  'assignments',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    coupleId: uuid('couple_id').notNull(),
    /** Null: both partners. Otherwise the one partner it is for. */
    partnerId: uuid('partner_id'),
    assignedById: uuid('assigned_by_id').notNull(),
    exerciseId: uuid('exercise_id').references(() => exercises.id),
    practiceExerciseId: uuid('practice_exercise_id'),
    behavior: behavior('behavior').notNull(),
    kind: exerciseKind('kind').notNull(),
    title: text('title').notNull(),
    /** A copy of the exercise as it was when assigned: later edits never change given homework. */
    content: jsonb('content').$type<TExerciseContent>().notNull(),
    note: text('note'),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedById: uuid('reviewed_by_id'),
    /** The counselor's short comment, which both partners see. */
    reviewComment: text('review_comment'),
    /** The session note it was assigned from, if any. */
    sessionNoteId: uuid('session_note_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({
      name: 'assignments_couple_fk',
      columns: [t.practiceId, t.coupleId],
      foreignColumns: [couples.practiceId, couples.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'assignments_partner_fk',
      columns: [t.practiceId, t.partnerId],
      foreignColumns: [partners.practiceId, partners.id],
    }),
    foreignKey({
      name: 'assignments_assigned_by_fk',
      columns: [t.practiceId, t.assignedById],
      foreignColumns: [memberships.practiceId, memberships.id],
    }),
    foreignKey({
      name: 'assignments_reviewed_by_fk',
      columns: [t.practiceId, t.reviewedById],
      foreignColumns: [memberships.practiceId, memberships.id],
    }),
    foreignKey({
      name: 'assignments_practice_exercise_fk',
      columns: [t.practiceId, t.practiceExerciseId],
      foreignColumns: [practiceExercises.practiceId, practiceExercises.id],
    }),
    foreignKey({
      name: 'assignments_session_note_fk',
      columns: [t.practiceId, t.sessionNoteId],
      foreignColumns: [sessionNotes.practiceId, sessionNotes.id],
    }),
    index('assignments_practice_couple_due_idx').on(t.practiceId, t.coupleId, t.dueOn),
    // The homework nudges look across all practices for live homework due on a given day.
    index('assignments_live_due_idx').on(t.dueOn).where(sql`${t.cancelledAt} is null`),
  ],
);

export const responses = pgTable(
  'responses',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    assignmentId: uuid('assignment_id').notNull(),
    /** Kept here so row-level security can limit a client to their own couple without a join. */
    coupleId: uuid('couple_id').notNull(),
    /** The partner who answers; null for an exercise the couple does together (one shared answer). */
    partnerId: uuid('partner_id'),
    status: responseStatus('status').notNull().default('draft'),
    visibility: answerVisibility('visibility').notNull(),
    /** The answer, AES-256-GCM encrypted by server/crypto; its shape depends on the exercise kind. */
    bodyCiphertext: text('body_ciphertext').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({
      name: 'responses_assignment_fk',
      columns: [t.practiceId, t.assignmentId],
      foreignColumns: [assignments.practiceId, assignments.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'responses_couple_fk',
      columns: [t.practiceId, t.coupleId],
      foreignColumns: [couples.practiceId, couples.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'responses_partner_fk',
      columns: [t.practiceId, t.partnerId],
      foreignColumns: [partners.practiceId, partners.id],
    }),
    uniqueIndex('responses_assignment_partner_key')
      .on(t.practiceId, t.assignmentId, t.partnerId)
      .where(sql`${t.partnerId} is not null`),
    uniqueIndex('responses_assignment_together_key')
      .on(t.practiceId, t.assignmentId)
      .where(sql`${t.partnerId} is null`),
    check('responses_submitted_has_time', sql`(${t.status} = 'submitted') = (${t.submittedAt} is not null)`),
    index('responses_practice_couple_idx').on(t.practiceId, t.coupleId),
  ],
);

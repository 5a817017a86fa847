// Counseling sessions and what the counselor writes about them. Note bodies are encrypted by the
// app (server/crypto); a signed note never changes, later words are addenda. Process notes
// (psychotherapy notes) are a separate class that only their author can read.
import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { couples } from './couples';
import { noteTemplate, sessionFormat, sessionStatus } from './enums';
import { memberships, practices } from './practices';

export const counselingSessions = pgTable(
  'counseling_sessions',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    coupleId: uuid('couple_id').notNull(),
    counselorId: uuid('counselor_id').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    durationMinutes: smallint('duration_minutes').notNull(),
    format: sessionFormat('format').notNull(),
    /** An address for in-person sessions, a meeting link for video. */
    location: text('location').notNull().default(''),
    status: sessionStatus('status').notNull().default('scheduled'),
    createdById: uuid('created_by_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({
      name: 'counseling_sessions_couple_fk',
      columns: [t.practiceId, t.coupleId],
      foreignColumns: [couples.practiceId, couples.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'counseling_sessions_counselor_fk',
      columns: [t.practiceId, t.counselorId],
      foreignColumns: [memberships.practiceId, memberships.id],
    }),
    foreignKey({
      name: 'counseling_sessions_created_by_fk',
      columns: [t.practiceId, t.createdById],
      foreignColumns: [memberships.practiceId, memberships.id],
    }),
    check('counseling_sessions_duration_range', sql`${t.durationMinutes} between 10 and 480`),
    index('counseling_sessions_practice_couple_starts_idx').on(t.practiceId, t.coupleId, t.startsAt),
    index('counseling_sessions_practice_counselor_starts_idx').on(t.practiceId, t.counselorId, t.startsAt),
    // The reminder scheduler looks across all practices for sessions starting in a time window.
    index('counseling_sessions_scheduled_starts_idx').on(t.startsAt).where(sql`${t.status} = 'scheduled'`),
  ],
);

export const sessionNotes = pgTable(
  'session_notes',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    sessionId: uuid('session_id').notNull(),
    /** Kept here so the dashboard counts a couple's unsigned notes without a join. */
    coupleId: uuid('couple_id').notNull(),
    authorId: uuid('author_id').notNull(),
    template: noteTemplate('template').notNull(),
    /** Observations, narrative sections and homework-review comments, encrypted as one JSON. */
    contentCiphertext: text('content_ciphertext').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    unique('session_notes_session_key').on(t.practiceId, t.sessionId),
    foreignKey({
      name: 'session_notes_session_fk',
      columns: [t.practiceId, t.sessionId],
      foreignColumns: [counselingSessions.practiceId, counselingSessions.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'session_notes_couple_fk',
      columns: [t.practiceId, t.coupleId],
      foreignColumns: [couples.practiceId, couples.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'session_notes_author_fk',
      columns: [t.practiceId, t.authorId],
      foreignColumns: [memberships.practiceId, memberships.id],
    }),
    index('session_notes_practice_couple_idx').on(t.practiceId, t.coupleId, t.signedAt),
  ],
);

/** Written after a note is signed; never changed. */
export const sessionNoteAddenda = pgTable(
  'session_note_addenda',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    noteId: uuid('note_id').notNull(),
    authorId: uuid('author_id').notNull(),
    bodyCiphertext: text('body_ciphertext').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({
      name: 'session_note_addenda_note_fk',
      columns: [t.practiceId, t.noteId],
      foreignColumns: [sessionNotes.practiceId, sessionNotes.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'session_note_addenda_author_fk',
      columns: [t.practiceId, t.authorId],
      foreignColumns: [memberships.practiceId, memberships.id],
    }),
    index('session_note_addenda_practice_note_idx').on(t.practiceId, t.noteId, t.createdAt),
  ],
);

/** Psychotherapy (process) notes: the author's own, outside the clinical record. */
export const processNotes = pgTable(
  'process_notes',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    sessionId: uuid('session_id').notNull(),
    authorId: uuid('author_id').notNull(),
    bodyCiphertext: text('body_ciphertext').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    unique('process_notes_session_author_key').on(t.practiceId, t.sessionId, t.authorId),
    foreignKey({
      name: 'process_notes_session_fk',
      columns: [t.practiceId, t.sessionId],
      foreignColumns: [counselingSessions.practiceId, counselingSessions.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'process_notes_author_fk',
      columns: [t.practiceId, t.authorId],
      foreignColumns: [memberships.practiceId, memberships.id],
    }),
  ],
);

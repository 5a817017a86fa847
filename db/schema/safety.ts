// Safety: each partner's private check-ins, the flags concerning answers raise for the counselor,
// the couple's safety settings (check-in cadence, safety hold) and the practice's crisis lines.
// Check-in answers and acknowledgement notes are encrypted by the app (server/crypto). Row-level
// security (migration *_safety_rls) keeps a partner's check-ins from the other partner entirely:
// a client reads only their own rows, never their partner's, not even a count.
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
import { couples, partners } from './couples';
import { measureResponses } from './measures';
import { memberships, practices } from './practices';

export const safetyCheckIns = pgTable(
  'safety_check_ins',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    coupleId: uuid('couple_id').notNull(),
    partnerId: uuid('partner_id').notNull(),
    /** The answers and the free text, encrypted as one JSON bound to the row. */
    answersCiphertext: text('answers_ciphertext').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({
      name: 'safety_check_ins_couple_fk',
      columns: [t.practiceId, t.coupleId],
      foreignColumns: [couples.practiceId, couples.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'safety_check_ins_partner_fk',
      columns: [t.practiceId, t.partnerId],
      foreignColumns: [partners.practiceId, partners.id],
    }).onDelete('cascade'),
    index('safety_check_ins_practice_partner_idx').on(t.practiceId, t.partnerId, t.submittedAt),
    index('safety_check_ins_practice_couple_idx').on(t.practiceId, t.coupleId, t.submittedAt),
  ],
);

export const safetyFlags = pgTable(
  'safety_flags',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    coupleId: uuid('couple_id').notNull(),
    partnerId: uuid('partner_id').notNull(),
    /** What raised the flag: a check-in, or a measure answer (PHQ-9 item 9); exactly one. */
    checkInId: uuid('check_in_id'),
    measureResponseId: uuid('measure_response_id'),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull().defaultNow(),
    acknowledgedById: uuid('acknowledged_by_id'),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    /** The counselor's acknowledgement note, encrypted. */
    noteCiphertext: text('note_ciphertext'),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({
      name: 'safety_flags_couple_fk',
      columns: [t.practiceId, t.coupleId],
      foreignColumns: [couples.practiceId, couples.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'safety_flags_partner_fk',
      columns: [t.practiceId, t.partnerId],
      foreignColumns: [partners.practiceId, partners.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'safety_flags_check_in_fk',
      columns: [t.practiceId, t.checkInId],
      foreignColumns: [safetyCheckIns.practiceId, safetyCheckIns.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'safety_flags_acknowledged_by_fk',
      columns: [t.practiceId, t.acknowledgedById],
      foreignColumns: [memberships.practiceId, memberships.id],
    }),
    foreignKey({
      name: 'safety_flags_measure_response_fk',
      columns: [t.practiceId, t.measureResponseId],
      foreignColumns: [measureResponses.practiceId, measureResponses.id],
    }).onDelete('cascade'),
    unique('safety_flags_check_in_key').on(t.practiceId, t.checkInId),
    unique('safety_flags_measure_response_key').on(t.practiceId, t.measureResponseId),
    check('safety_flags_one_source', sql`num_nonnulls(${t.checkInId}, ${t.measureResponseId}) = 1`),
    check(
      'safety_flags_acknowledged_whole',
      sql`(${t.acknowledgedAt} is null) = (${t.acknowledgedById} is null) and (${t.acknowledgedAt} is null) = (${t.noteCiphertext} is null)`,
    ),
    // The dashboard counts a couple's open flags.
    index('safety_flags_practice_couple_open_idx')
      .on(t.practiceId, t.coupleId)
      .where(sql`${t.acknowledgedAt} is null`),
    index('safety_flags_practice_couple_raised_idx').on(t.practiceId, t.coupleId, t.raisedAt),
  ],
);

export const coupleSafetySettings = pgTable(
  'couple_safety_settings',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    coupleId: uuid('couple_id').notNull(),
    /** Days between check-ins after the first; 0: only the first, at the first sign-in. */
    checkInCadenceDays: smallint('check_in_cadence_days').notNull().default(30),
    holdPlacedAt: timestamp('hold_placed_at', { withTimezone: true }),
    holdPlacedById: uuid('hold_placed_by_id'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.coupleId] }),
    foreignKey({
      name: 'couple_safety_settings_couple_fk',
      columns: [t.practiceId, t.coupleId],
      foreignColumns: [couples.practiceId, couples.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'couple_safety_settings_hold_placed_by_fk',
      columns: [t.practiceId, t.holdPlacedById],
      foreignColumns: [memberships.practiceId, memberships.id],
    }),
    check('couple_safety_settings_cadence_range', sql`${t.checkInCadenceDays} between 0 and 365`),
    check(
      'couple_safety_settings_hold_whole',
      sql`(${t.holdPlacedAt} is null) = (${t.holdPlacedById} is null)`,
    ),
    // The nudge scheduler leaves out held couples.
    index('couple_safety_settings_held_idx')
      .on(t.practiceId, t.coupleId)
      .where(sql`${t.holdPlacedAt} is not null`),
  ],
);

export const practiceCrisisLines = pgTable(
  'practice_crisis_lines',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    /** How to reach it: a phone number, a text instruction or an address, as people should read it. */
    contact: text('contact').notNull(),
    /** An optional https link (a website or a chat). */
    url: text('url'),
    description: text('description').notNull().default(''),
    position: smallint('position').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    unique('practice_crisis_lines_position_key').on(t.practiceId, t.position),
  ],
);

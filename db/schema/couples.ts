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
import { coupleStatus } from './enums';
import { users } from './identity';
import { memberships, practices } from './practices';

export const couples = pgTable(
  'couples',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    counselorId: uuid('counselor_id').notNull(),
    status: coupleStatus('status').notNull().default('active'),
    /** When the file was closed (archived); cleared when it is reopened. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({
      name: 'couples_counselor_fk',
      columns: [t.practiceId, t.counselorId],
      foreignColumns: [memberships.practiceId, memberships.id],
    }),
    index('couples_practice_counselor_idx').on(t.practiceId, t.counselorId, t.status, t.createdAt),
    check('couples_closed_at_only_when_closed', sql`${t.closedAt} is null or ${t.status} = 'closed'`),
  ],
);

export const partners = pgTable(
  'partners',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    coupleId: uuid('couple_id').notNull(),
    userId: uuid('user_id').references(() => users.id),
    /** 1 or 2: a couple has exactly two partners, in the order the counselor entered them. */
    position: smallint('position').notNull(),
    displayName: text('display_name').notNull(),
    email: text('email').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({
      name: 'partners_couple_fk',
      columns: [t.practiceId, t.coupleId],
      foreignColumns: [couples.practiceId, couples.id],
    }).onDelete('cascade'),
    unique('partners_couple_position_key').on(t.practiceId, t.coupleId, t.position),
    check('partners_position_range', sql`${t.position} in (1, 2)`),
    unique('partners_practice_user_key').on(t.practiceId, t.userId),
    unique('partners_practice_email_key').on(t.practiceId, t.email),
    index('partners_practice_couple_idx').on(t.practiceId, t.coupleId),
  ],
);

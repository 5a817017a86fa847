import { foreignKey, index, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
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
    unique('partners_practice_user_key').on(t.practiceId, t.userId),
    unique('partners_practice_email_key').on(t.practiceId, t.email),
    index('partners_practice_couple_idx').on(t.practiceId, t.coupleId),
  ],
);

// The tenant and who belongs to it. Every tenant-owned table keys on (practice_id, id).
import { index, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { answerVisibility, membershipRole, membershipStatus, noteTemplate } from './enums';
import { users } from './identity';

export const practices = pgTable('practices', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** Who sees a new homework answer unless its author chooses otherwise. */
  defaultAnswerVisibility: answerVisibility('default_answer_visibility').notNull().default('counselor'),
  /** IANA zone: session times are entered and shown in it. */
  timeZone: text('time_zone').notNull().default('America/New_York'),
  noteTemplate: noteTemplate('note_template').notNull().default('dap'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

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

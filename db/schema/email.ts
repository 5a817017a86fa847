// The outbox: written in the same transaction as the change that causes the message.
// Not tenant-owned (sign-in links have no practice); the app role may only INSERT here.
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { outboxStatus } from './enums';

export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    toEmail: text('to_email').notNull(),
    template: text('template').notNull(),
    subject: text('subject').notNull(),
    html: text('html').notNull(),
    text: text('text').notNull(),
    status: outboxStatus('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('email_outbox_status_created_idx').on(t.status, t.createdAt)],
);

// Append-only for the app role: the custom migration grants it INSERT and SELECT only.
// Each event is chained to the previous one of its practice. Since chain version 2 the app computes
// `hash` as HMAC-SHA256 under AUDIT_CHAIN_KEY (server/services/audit/audit-chain-mac.ts), a key the
// database never holds; an AFTER INSERT trigger only checks that seq and prev_hash continue the
// chain. Version 1 rows are the older unkeyed sha256 chain (migration 0016), verified as they are.
// Checkpoints record a practice's head now and then, MAC'd, where the app role cannot write.
import {
  bigint,
  index,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './identity';
import { practices } from './practices';

export const auditEvents = pgTable(
  'audit_events',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    metadata: jsonb('metadata').$type<Record<string, string | number | boolean | null>>(),
    /** Set by the app, and covered by the MAC (the database's clock would not be). */
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /** 1: the unkeyed sha256 chain of older rows; 2: keyed. The trigger accepts only 2 for new rows. */
    chainVersion: smallint('chain_version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    index('audit_events_practice_created_idx').on(t.practiceId, t.createdAt),
    uniqueIndex('audit_events_practice_seq_idx').on(t.practiceId, t.seq),
  ],
);

/**
 * The head of a practice's chain as it was at `createdAt`, numbered per practice (n = 1, 2, …) and
 * MAC'd with the chain's key. A cut tail shows against any later checkpoint: its seq is past the
 * last event, or its hash no longer matches the event at its seq.
 */
export const auditCheckpoints = pgTable(
  'audit_checkpoints',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    n: bigint('n', { mode: 'number' }).notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    hash: text('hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    mac: text('mac').notNull(),
  },
  // No foreign key to the event: a checkpoint must outlive the events it vouches for, to show them gone.
  (t) => [primaryKey({ columns: [t.practiceId, t.n] })],
);

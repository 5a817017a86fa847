// Append-only for the app role: the custom migration grants it INSERT and SELECT only.
// seq, prevHash and hash are set by a BEFORE INSERT trigger (migration 0016) that chains each
// event to the previous one of its practice, so a gap or an edit shows (verify-audit-chain.ts).
import {
  bigint,
  index,
  jsonb,
  pgTable,
  primaryKey,
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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    // The defaults only satisfy the insert types: the trigger overwrites all three.
    seq: bigint('seq', { mode: 'number' }).notNull().default(0),
    prevHash: text('prev_hash').notNull().default(''),
    hash: text('hash').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    index('audit_events_practice_created_idx').on(t.practiceId, t.createdAt),
    uniqueIndex('audit_events_practice_seq_idx').on(t.practiceId, t.seq),
  ],
);

// Practice data exports: the request and its progress (listed on the export page), and the finished
// ZIP apart in its own table, so listing exports never loads a file. A background job builds the
// ZIP (server/jobs/exports); files expire after a week.
import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { exportStatus } from './enums';
import { memberships, practices } from './practices';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

export const practiceExports = pgTable(
  'practice_exports',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    requestedById: uuid('requested_by_id').notNull(),
    status: exportStatus('status').notNull().default('queued'),
    /** Entities written so far, of all the registry's entities. */
    progressDone: integer('progress_done').notNull().default(0),
    progressTotal: integer('progress_total').notNull().default(0),
    /** A worker holds the job until then; a crashed worker's job is taken up again afterwards. */
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    /** Why it failed, in words for the owner (never row content). */
    error: text('error'),
    sizeBytes: integer('size_bytes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** When the file is deleted and the export marked expired. */
    expiresAt: timestamp('expires_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({
      name: 'practice_exports_requested_by_fk',
      columns: [t.practiceId, t.requestedById],
      foreignColumns: [memberships.practiceId, memberships.id],
    }),
    // At most one export in the making per practice: a second request gets the running one.
    uniqueIndex('practice_exports_one_live_idx')
      .on(t.practiceId)
      .where(sql`${t.status} in ('queued', 'running')`),
    index('practice_exports_practice_created_idx').on(t.practiceId, t.createdAt),
    // The worker looks across practices for queued jobs and lapsed leases.
    index('practice_exports_live_idx').on(t.createdAt).where(sql`${t.status} in ('queued', 'running')`),
    check(
      'practice_exports_progress_range',
      sql`${t.progressDone} >= 0 and ${t.progressDone} <= ${t.progressTotal}`,
    ),
  ],
);

/** The finished ZIP of an export; deleted when the export expires. */
export const practiceExportFiles = pgTable(
  'practice_export_files',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    exportId: uuid('export_id').notNull(),
    fileName: text('file_name').notNull(),
    zip: bytea('zip').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.exportId] }),
    foreignKey({
      name: 'practice_export_files_export_fk',
      columns: [t.practiceId, t.exportId],
      foreignColumns: [practiceExports.practiceId, practiceExports.id],
    }).onDelete('cascade'),
  ],
);

// One pass of the export worker: expire old files, then build at most one export. A job taken up
// again after too many lapsed leases (a worker killed mid-build each time) is marked failed.
// With `snapshot` (Postgres) every entity is read in one read-only REPEATABLE READ transaction, so
// the archive is one consistent moment while progress is written on another pooled connection.
// PGlite has a single connection, which that open transaction would hold: there each entity is read
// on its own (the counts in the manifest are still exactly the rows in the files).
import type { Db, DbOrTx } from '@/db/client';
import { writeAuditCheckpoint } from '@/server/services/audit/write-audit-checkpoints';
import { buildPracticeExport } from '@/server/services/exports/build-practice-export';
import { claimExportJob } from './claim-export-job';
import { expireExports } from './expire-exports';
import { failExport, finishExport, recordProgress } from './export-job-state';

const MAX_EXPORT_ATTEMPTS = 3;

export type ExportPass = { expired: number; built: 'none' | 'ready' | 'failed' | 'lost' };

export async function runExportPass(
  db: Db,
  options: { leaseMs: number; now?: () => Date; snapshot?: boolean } = { leaseMs: 120_000 },
): Promise<ExportPass> {
  const now = options.now ?? (() => new Date());
  const expired = await expireExports(db, now());
  const lease = () => new Date(now().getTime() + options.leaseMs);
  const job = await claimExportJob(db, { now: now(), leaseUntil: lease() });
  if (!job) return { expired, built: 'none' };
  if (job.attempts > MAX_EXPORT_ATTEMPTS) {
    await failExport(db, job, `The export stopped ${MAX_EXPORT_ATTEMPTS} times before finishing.`, now());
    return { expired, built: 'failed' };
  }
  let lost = false;
  try {
    // The archive carries the chain's head as of now, MAC'd, so a later cut tail shows against it.
    await writeAuditCheckpoint(db, job.practiceId, now());
    const build = (reader: DbOrTx) =>
      buildPracticeExport(
        reader,
        { practiceId: job.practiceId, exportId: job.id, now: now() },
        async (done, total) => {
          if (!lost && !(await recordProgress(db, job, { done, total, leaseUntil: lease() }))) lost = true;
        },
      );
    const built = options.snapshot
      ? await db.transaction(build, { isolationLevel: 'repeatable read', accessMode: 'read only' })
      : await build(db);
    if (lost) return { expired, built: 'lost' };
    const finished = await finishExport(db, job, { zip: built.zip, fileName: built.fileName, now: now() });
    return { expired, built: finished ? 'ready' : 'lost' };
  } catch (error) {
    // A failure that retrying cannot fix (a key missing to open a note, a constraint): say what kind.
    const kind = error instanceof Error ? error.message : 'unknown error';
    await failExport(db, job, `The export could not be built: ${kind}`, now());
    return { expired, built: 'failed' };
  }
}

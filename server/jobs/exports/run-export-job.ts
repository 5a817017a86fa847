// One pass of the export worker: expire old files, then build at most one export. A job taken up
// again after too many lapsed leases (a worker killed mid-build each time) is marked failed.
import type { Db } from '../../../db/client';
import { buildPracticeExport } from '../../services/exports/build-practice-export';
import { claimExportJob } from './claim-export-job';
import { expireExports } from './expire-exports';
import { failExport, finishExport, recordProgress } from './export-job-state';

export const MAX_EXPORT_ATTEMPTS = 3;

export type ExportPass = { expired: number; built: 'none' | 'ready' | 'failed' | 'lost' };

export async function runExportPass(
  db: Db,
  options: { leaseMs: number; now?: () => Date } = { leaseMs: 120_000 },
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
    const built = await buildPracticeExport(
      db,
      { practiceId: job.practiceId, exportId: job.id, now: now() },
      async (done, total) => {
        if (!lost && !(await recordProgress(db, job, { done, total, leaseUntil: lease() }))) lost = true;
      },
    );
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

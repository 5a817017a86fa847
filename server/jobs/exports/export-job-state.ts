// The worker's writes to an export it holds. Every one names the practice and the job, and only
// lands while the worker still holds the lease it claimed with (the lease time is the token).
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { practiceExportFiles, practiceExports } from '@/db/schema';
import type { ClaimedExport } from './claim-export-job';

const EXPORT_KEEP_DAYS = 7;

const held = (job: ClaimedExport) =>
  and(
    eq(practiceExports.practiceId, job.practiceId),
    eq(practiceExports.id, job.id),
    eq(practiceExports.status, 'running'),
    eq(practiceExports.leaseUntil, job.leaseUntil),
  );

/** Records progress and extends the lease; false when another worker has taken the job. */
export async function recordProgress(
  db: Db,
  job: ClaimedExport,
  progress: { done: number; total: number; leaseUntil: Date },
): Promise<boolean> {
  const rows = await db
    .update(practiceExports)
    .set({ progressDone: progress.done, progressTotal: progress.total, leaseUntil: progress.leaseUntil })
    .where(held(job))
    .returning({ id: practiceExports.id });
  if (rows.length) job.leaseUntil = progress.leaseUntil;
  return rows.length > 0;
}

/** Stores the file and marks the export ready, in one transaction; false when the job was lost. */
export async function finishExport(
  db: Db,
  job: ClaimedExport,
  file: { zip: Uint8Array; fileName: string; now: Date },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(practiceExports)
      .set({
        status: 'ready',
        leaseUntil: null,
        finishedAt: file.now,
        sizeBytes: file.zip.byteLength,
        expiresAt: new Date(file.now.getTime() + EXPORT_KEEP_DAYS * 86_400_000),
      })
      .where(held(job))
      .returning({ id: practiceExports.id });
    if (!rows.length) return false;
    await tx
      .insert(practiceExportFiles)
      // A Buffer, which both drivers send as bytea.
      .values({
        practiceId: job.practiceId,
        exportId: job.id,
        fileName: file.fileName,
        zip: Buffer.from(file.zip),
      });
    return true;
  });
}

/** Marks the export failed with words for the owner (never row content). */
export async function failExport(db: Db, job: ClaimedExport, reason: string, now: Date): Promise<void> {
  await db
    .update(practiceExports)
    .set({ status: 'failed', leaseUntil: null, finishedAt: now, error: reason.slice(0, 500) })
    .where(held(job));
}

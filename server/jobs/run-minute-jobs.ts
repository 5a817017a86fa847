// The worker's once-a-minute work: the nudge scheduler, then the audit chain's head checkpoints.
// Run from pg-boss's cron schedule by `npm run worker`, and from the app's own loop otherwise. One
// after the other (PGlite has one connection), and the checkpoints are written even when the
// scheduler fails, whose error is thrown afterwards.
import type { Db } from '../../db/client';
import { writeDueAuditCheckpoints } from '../services/audit/write-audit-checkpoints';
import { runNudgeScheduler } from './nudges/run-nudge-scheduler';

export async function runMinuteJobs(db: Db, now: Date) {
  let failure: unknown;
  const nudges = await runNudgeScheduler(db, now).catch((error: unknown) => {
    failure = error;
    return null;
  });
  const checkpoints = await writeDueAuditCheckpoints(db, now);
  if (failure) throw failure;
  return { nudges, checkpoints };
}

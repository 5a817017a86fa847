// The worker's once-a-minute work: the nudge scheduler, the audit chain's head checkpoints, and
// the purge of sign-ups whose link expired unused. Run from pg-boss's cron schedule by
// `npm run worker`, and from the app's own loop otherwise. One after the other (PGlite has one
// connection), and the rest runs even when the scheduler fails, whose error is thrown afterwards.
import type { Db } from '@/db/client';
import { writeDueAuditCheckpoints } from '../services/audit/write-audit-checkpoints';
import { purgeExpiredSignUps } from '../services/practices/purge-expired-sign-ups';
import { runNudgeScheduler } from './nudges/run-nudge-scheduler';

export async function runMinuteJobs(db: Db, now: Date) {
  let failure: unknown;
  const nudges = await runNudgeScheduler(db, now).catch((error: unknown) => {
    failure = error;
    return null;
  });
  const checkpoints = await writeDueAuditCheckpoints(db, now);
  const expiredSignUps = await purgeExpiredSignUps(db, now);
  if (failure) throw failure;
  return { nudges, checkpoints, expiredSignUps };
}

// The periodic job behind the scheduled nudges (due soon, overdue, session reminder, counselor
// digest, a counselor's content-free alert of a safety flag). The worker calls it every minute with the owner connection: it reads every practice at
// once (no tenant transaction), so each kind is one candidate query and one multi-row insert,
// however many couples there are. It decides only which nudges exist: quiet hours, opt-outs and
// suppressed addresses are applied when the worker sends (opt-outs are also left out here, cheaply).
//
// Idempotent: every nudge has a key unique to it (person + thing + day), candidates already in the
// outbox are left out, and the insert ignores a key another run wrote meanwhile. Each kind writes at
// most `limit` nudges per run; the rest are found by the next run, so memory stays bounded.
import type { Db } from '@/db/client';
import { writeAttentionNeeded } from './attention-needed';
import { writeCounselorDigests } from './counselor-digests';
import { writeHomeworkDueSoon, writeHomeworkOverdue } from './homework-reminders';
import { writeSessionReminders } from './session-reminders';

const NUDGE_BATCH_LIMIT = 500;

const KINDS = {
  homeworkDueSoon: writeHomeworkDueSoon,
  homeworkOverdue: writeHomeworkOverdue,
  sessionReminders: writeSessionReminders,
  counselorDigests: writeCounselorDigests,
  attentionNeeded: writeAttentionNeeded,
} satisfies Record<string, (db: Db, now: Date, limit: number) => Promise<number>>;

type TNudgeCounts = Record<keyof typeof KINDS, number>;

/** Nudges written by this run, per kind. Every kind runs even if another fails; then it throws. */
export async function runNudgeScheduler(
  db: Db,
  now: Date,
  options: { limit?: number } = {},
): Promise<TNudgeCounts> {
  const limit = options.limit ?? NUDGE_BATCH_LIMIT;
  const counts: TNudgeCounts = {
    homeworkDueSoon: 0,
    homeworkOverdue: 0,
    sessionReminders: 0,
    counselorDigests: 0,
    attentionNeeded: 0,
  };
  const failures: Error[] = [];
  for (const kind of Object.keys(KINDS) as (keyof typeof KINDS)[]) {
    try {
      counts[kind] = await KINDS[kind](db, now, limit);
    } catch (error) {
      failures.push(new Error(`nudge scheduler: ${kind} failed`, { cause: error }));
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, failures.map((f) => f.message).join('; '));
  return counts;
}

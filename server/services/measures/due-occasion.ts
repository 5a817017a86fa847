// When a partner is asked a measure, from the counselor's schedule, the couple's sessions and the
// partner's own earlier answers: pure, so every timing is tested without a clock.
import type { MeasureTiming, SessionStatus } from '@/db/schema';

const HOUR_MS = 3600_000;
const WEEK_MS = 7 * 24 * HOUR_MS;
/** How long after a session the portal still asks about it. */
export const AFTER_SESSION_WINDOW_MS = WEEK_MS;
/** How long after the file is closed the portal still asks the discharge questionnaires. */
export const DISCHARGE_WINDOW_MS = 4 * WEEK_MS;

export type ScheduleFacts = { timing: MeasureTiming; intervalWeeks: number | null; hoursBefore: number };
export type SessionFacts = { id: string; startsAt: Date; durationMinutes: number; status: SessionStatus };
export type OwnAnswerFacts = { sessionId: string | null; submittedAt: Date };
export type CoupleFacts = { status: 'active' | 'paused' | 'closed'; closedAt: Date | null };

/** An occasion to answer: tied to a session (before or after it) or not (intake, every N weeks). */
export type DueOccasion = { sessionId: string | null; sessionStartsAt: Date | null };

const endOf = (session: SessionFacts) => session.startsAt.getTime() + session.durationMinutes * 60_000;

/**
 * The occasion a partner is asked `schedule`'s measure for now, or null. An active file asks as
 * scheduled; a closed one only its discharge measures, for a few weeks; a paused one nothing.
 */
export function dueOccasion(
  schedule: ScheduleFacts,
  couple: CoupleFacts,
  sessions: readonly SessionFacts[],
  answers: readonly OwnAnswerFacts[],
  now: Date,
): DueOccasion | null {
  const answeredFor = (sessionId: string) => answers.some((answer) => answer.sessionId === sessionId);
  const at = now.getTime();
  if (schedule.timing === 'discharge') {
    const closedAt = couple.status === 'closed' ? couple.closedAt : null;
    if (!closedAt || at - closedAt.getTime() > DISCHARGE_WINDOW_MS) return null;
    const answered = answers.some((answer) => answer.submittedAt.getTime() >= closedAt.getTime());
    return answered ? null : { sessionId: null, sessionStartsAt: null };
  }
  if (couple.status !== 'active') return null;
  switch (schedule.timing) {
    case 'intake':
      return answers.length === 0 ? { sessionId: null, sessionStartsAt: null } : null;
    case 'every-n-weeks': {
      const last = Math.max(...answers.map((answer) => answer.submittedAt.getTime()));
      const due = answers.length === 0 || at - last >= (schedule.intervalWeeks ?? 1) * WEEK_MS;
      return due ? { sessionId: null, sessionStartsAt: null } : null;
    }
    case 'before-session': {
      const next = sessions
        .filter((s) => s.status === 'scheduled' && s.startsAt.getTime() > at)
        .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
      if (!next || next.startsAt.getTime() - schedule.hoursBefore * HOUR_MS > at || answeredFor(next.id))
        return null;
      return { sessionId: next.id, sessionStartsAt: next.startsAt };
    }
    case 'after-session': {
      const last = sessions
        .filter((s) => (s.status === 'scheduled' || s.status === 'attended') && endOf(s) <= at)
        .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime())[0];
      if (!last || at - endOf(last) > AFTER_SESSION_WINDOW_MS || answeredFor(last.id)) return null;
      return { sessionId: last.id, sessionStartsAt: last.startsAt };
    }
  }
}

import { describe, expect, it } from 'vitest';
import {
  type CoupleFacts,
  dueOccasion as dueFor,
  type ScheduleFacts,
  type SessionFacts,
} from './due-occasion';

const now = new Date('2026-12-07T12:00:00Z');
const open: CoupleFacts = { status: 'active', closedAt: null };
const dueOccasion = (
  schedule: ScheduleFacts,
  sessions: SessionFacts[],
  answers: { sessionId: string | null; submittedAt: Date }[],
  at: Date,
) => dueFor(schedule, open, sessions, answers, at);
const hours = (n: number) => new Date(now.getTime() + n * 3600_000);
const session = (
  id: string,
  startsInHours: number,
  status: SessionFacts['status'] = 'scheduled',
): SessionFacts => ({
  id,
  startsAt: hours(startsInHours),
  durationMinutes: 60,
  status,
});

describe('before each session', () => {
  const schedule = { timing: 'before-session' as const, intervalWeeks: null, hoursBefore: 48 };

  it('asks from the chosen number of hours before the next session, once per session', () => {
    expect(dueOccasion(schedule, [session('s1', 47)], [], now)).toEqual({
      sessionId: 's1',
      sessionStartsAt: hours(47),
    });
    expect(dueOccasion(schedule, [session('s1', 49)], [], now)).toBeNull();
    expect(
      dueOccasion(schedule, [session('s1', 47)], [{ sessionId: 's1', submittedAt: now }], now),
    ).toBeNull();
  });

  it('skips cancelled sessions and sessions already started', () => {
    expect(dueOccasion(schedule, [session('s1', 10, 'cancelled'), session('s0', -0.5)], [], now)).toBeNull();
  });
});

describe('after each session', () => {
  const schedule = { timing: 'after-session' as const, intervalWeeks: null, hoursBefore: 72 };

  it('asks once the latest session has ended, for a week', () => {
    expect(dueOccasion(schedule, [session('s1', -2, 'attended')], [], now)).toMatchObject({
      sessionId: 's1',
    });
    expect(dueOccasion(schedule, [session('s1', -0.5)], [], now)).toBeNull();
    expect(dueOccasion(schedule, [session('s1', -8 * 24)], [], now)).toBeNull();
    expect(dueOccasion(schedule, [session('s1', -2, 'no-show')], [], now)).toBeNull();
  });
});

describe('intake and every N weeks', () => {
  it('asks at intake until the first answer', () => {
    const intake = { timing: 'intake' as const, intervalWeeks: null, hoursBefore: 72 };
    expect(dueOccasion(intake, [], [], now)).toEqual({ sessionId: null, sessionStartsAt: null });
    expect(dueOccasion(intake, [], [{ sessionId: null, submittedAt: hours(-5000) }], now)).toBeNull();
  });

  it('asks again N weeks after the last answer', () => {
    const every2 = { timing: 'every-n-weeks' as const, intervalWeeks: 2, hoursBefore: 72 };
    expect(dueOccasion(every2, [], [], now)).not.toBeNull();
    expect(dueOccasion(every2, [], [{ sessionId: null, submittedAt: hours(-13 * 24) }], now)).toBeNull();
    expect(dueOccasion(every2, [], [{ sessionId: null, submittedAt: hours(-14 * 24) }], now)).not.toBeNull();
  });
});

describe('at discharge, and for files not active', () => {
  const discharge = { timing: 'discharge' as const, intervalWeeks: null, hoursBefore: 72 };
  const closed = (daysAgo: number): CoupleFacts => ({ status: 'closed', closedAt: hours(-daysAgo * 24) });

  it('asks once the file is closed, until answered or four weeks have passed', () => {
    expect(dueFor(discharge, open, [], [], now)).toBeNull();
    expect(dueFor(discharge, closed(2), [], [], now)).toEqual({ sessionId: null, sessionStartsAt: null });
    expect(dueFor(discharge, closed(2), [], [{ sessionId: null, submittedAt: hours(-24) }], now)).toBeNull();
    // An answer from before the close (at intake, say) does not count as the discharge answer.
    expect(
      dueFor(discharge, closed(2), [], [{ sessionId: null, submittedAt: hours(-500) }], now),
    ).not.toBeNull();
    expect(dueFor(discharge, closed(29), [], [], now)).toBeNull();
  });

  it('asks nothing else of a closed or paused file', () => {
    const intake = { timing: 'intake' as const, intervalWeeks: null, hoursBefore: 72 };
    expect(dueFor(intake, closed(1), [], [], now)).toBeNull();
    expect(dueFor(intake, { status: 'paused', closedAt: null }, [], [], now)).toBeNull();
  });
});

// The pure parts of the pre-session digest: how each partner's check-in ratings moved, and the
// behavior where the partners see things most differently.
import type { Behavior } from '@/db/schema';
import { behavior as behaviors } from '@/db/schema';
import type { BehaviorWeeks, CheckInAnswer } from '../homework/progress/weekly-averages';

type CheckInPoint = { on: string; self: number; partner: number };
type CheckInChange = { behavior: Behavior; latest: CheckInPoint; previous: CheckInPoint | null };

/** Per behavior the partner rated, their latest check-in and the one before it (oldest behavior order). */
export function checkInChanges(checkIns: CheckInAnswer[], partnerId: string): CheckInChange[] {
  const mine = checkIns
    .filter((c) => c.authorPartnerId === partnerId)
    .sort((x, y) => x.on.localeCompare(y.on));
  return behaviors.enumValues.flatMap((b) => {
    const points = mine.flatMap((c) =>
      c.ratings.filter((r) => r.behavior === b).map((r) => ({ on: c.on, self: r.self, partner: r.partner })),
    );
    const latest = points.at(-1);
    return latest ? [{ behavior: b, latest, previous: points.at(-2) ?? null }] : [];
  });
}

type PerceptionGap = { behavior: Behavior; weekOf: string; gap: number };

/** Of each behavior's most recent week with a gap, the largest (the first behavior wins a tie). */
export function largestPerceptionGap(progress: BehaviorWeeks[]): PerceptionGap | null {
  let largest: PerceptionGap | null = null;
  for (const item of progress) {
    const week = item.weeks.findLast((w) => w.gap !== null);
    if (week?.gap != null && (largest === null || week.gap > largest.gap)) {
      largest = { behavior: item.behavior, weekOf: week.weekOf, gap: week.gap };
    }
  }
  return largest;
}

const DAY_MS = 24 * 3600_000;

/** An active couple with no answer saved or sent for `days` (counted from joining if never). */
export function isQuiet(
  couple: { status: string; createdAt: Date },
  lastActivityAt: Date | null,
  now: Date,
  days: number,
): boolean {
  return (
    couple.status === 'active' &&
    (lastActivityAt ?? couple.createdAt).getTime() < now.getTime() - days * DAY_MS
  );
}

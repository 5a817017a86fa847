// The progress charts' data, per behavior and per partner, never the two averaged together: how
// each partner rated themself week by week beside how the other rated them, and how much of the
// homework asked of each got done each week. Pure, so each viewer's charts differ only in the
// slots and check-ins passed in (the answers that viewer may read).
import { type Behavior, behavior } from '@/db/schema';
import type { Slot } from '../answer-slots';
import { type CheckInAnswer, isoWeekStart, mean, rounded } from './weekly-averages';

type ProgressAssignment = {
  behavior: Behavior;
  dueOn: string;
  /** `partnerId` null: the one shared answer of an exercise the couple does together. */
  slots: { partnerId: string | null; status: Slot['status'] }[];
};

type RatingWeek = {
  /** The Monday that starts the ISO week, 'YYYY-MM-DD'. */
  weekOf: string;
  /** How the partner rated themself (the mean of that week's check-ins). */
  self: number | null;
  /** How the other partner rated them. */
  byOther: number | null;
  /** |self − byOther| when both are there. */
  gap: number | null;
};

type HomeworkWeek = { weekOf: string; partnerId: string; asked: number; done: number };

type BehaviorSeries = {
  behavior: Behavior;
  /** Answers asked for: one per partner it was for, or one shared answer for an exercise done together. */
  assigned: number;
  /** Of those, sent. */
  completed: number;
  /** One entry per partner, in the order given; weeks with a rating of them, oldest first. */
  ratings: { partnerId: string; weeks: RatingWeek[] }[];
  /** Weeks with homework due for a partner, oldest first; a shared answer counts for both. */
  homework: HomeworkWeek[];
};

export function progressSeries(
  partnerIds: string[],
  assignments: ProgressAssignment[],
  checkIns: CheckInAnswer[],
): BehaviorSeries[] {
  return behavior.enumValues.map((b) => {
    const mine = assignments.filter((a) => a.behavior === b);
    const slots = mine.flatMap((a) => a.slots);
    return {
      behavior: b,
      assigned: slots.length,
      completed: slots.filter((s) => s.status === 'submitted').length,
      ratings: partnerIds.map((partnerId) => ({ partnerId, weeks: ratingWeeks(b, partnerId, checkIns) })),
      homework: homeworkWeeks(partnerIds, mine),
    };
  });
}

function ratingWeeks(b: Behavior, partnerId: string, checkIns: CheckInAnswer[]): RatingWeek[] {
  const byWeek = new Map<string, { self: number[]; byOther: number[] }>();
  for (const answer of checkIns) {
    for (const rating of answer.ratings) {
      if (rating.behavior !== b) continue;
      const weekOf = isoWeekStart(answer.on);
      const week = byWeek.get(weekOf) ?? { self: [], byOther: [] };
      if (answer.authorPartnerId === partnerId) week.self.push(rating.self);
      else week.byOther.push(rating.partner);
      byWeek.set(weekOf, week);
    }
  }
  return [...byWeek.entries()]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([weekOf, ratings]) => {
      const self = mean(ratings.self);
      const byOther = mean(ratings.byOther);
      return {
        weekOf,
        self: rounded(self),
        byOther: rounded(byOther),
        gap: self === null || byOther === null ? null : rounded(Math.abs(self - byOther)),
      };
    });
}

function homeworkWeeks(partnerIds: string[], assignments: ProgressAssignment[]): HomeworkWeek[] {
  const counts = new Map<string, HomeworkWeek>();
  for (const a of assignments) {
    const weekOf = isoWeekStart(a.dueOn);
    for (const slot of a.slots) {
      for (const partnerId of slot.partnerId === null ? partnerIds : [slot.partnerId]) {
        const key = `${weekOf} ${partnerId}`;
        const week = counts.get(key) ?? { weekOf, partnerId, asked: 0, done: 0 };
        week.asked += 1;
        if (slot.status === 'submitted') week.done += 1;
        counts.set(key, week);
      }
    }
  }
  const order = (id: string) => partnerIds.indexOf(id);
  return [...counts.values()].sort(
    (x, y) => x.weekOf.localeCompare(y.weekOf) || order(x.partnerId) - order(y.partnerId),
  );
}

/**
 * Every ISO week, as its Monday, from the one starting `from` through this week or the week of
 * the latest homework due, whichever is later.
 */
export function chartWeeks(from: string, assignments: { dueOn: string }[], today = new Date()): string[] {
  const dates = [isoDate(today), ...assignments.map((a) => a.dueOn)].sort();
  const last = isoWeekStart(dates.at(-1) ?? isoDate(today));
  const weeks: string[] = [];
  for (let at = Date.parse(`${from}T00:00:00Z`); isoDate(new Date(at)) <= last; at += WEEK_MS)
    weeks.push(isoDate(new Date(at)));
  return weeks;
}

const WEEK_MS = 7 * 24 * 3600_000;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

// Check-in ratings per behavior, week by week, both partners taken together: the figures the
// pre-session digest and a note's homework review show. The progress charts keep each partner
// apart (progress-series.ts). Pure, so each viewer's figures differ only in the answers passed in.
import { type Behavior, behavior } from '@/db/schema';

export type CheckInRating = { behavior: Behavior; self: number; partner: number };
/** One partner's sent check-in. `on`: the calendar date it counts for ('YYYY-MM-DD'). */
export type CheckInAnswer = { authorPartnerId: string; on: string; ratings: CheckInRating[] };

export type WeekAverages = {
  /** The Monday that starts the ISO week, 'YYYY-MM-DD'. */
  weekOf: string;
  /** Mean of the partners' ratings of themselves. */
  selfAverage: number | null;
  /** Mean of the ratings each partner gave the other. */
  partnerAverage: number | null;
  /** Mean, over each partner with both, of |how they rated themselves − how their partner rated them|. */
  gap: number | null;
};

export type BehaviorWeeks = { behavior: Behavior; weeks: WeekAverages[] };

const DAY_MS = 24 * 3600_000;

/** The Monday of the ISO week a calendar date falls in. */
export function isoWeekStart(on: string): string {
  const date = new Date(`${on}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

export const mean = (values: number[]) =>
  values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
/** Two decimals are plenty for a 1-5 scale; rounded only at the end. */
export const rounded = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

/** All nine behaviors, in order, each with the weeks someone rated it, oldest first. */
export function weeklyAverages(checkIns: CheckInAnswer[]): BehaviorWeeks[] {
  return behavior.enumValues.map((b) => ({ behavior: b, weeks: averagesOf(b, checkIns) }));
}

function averagesOf(b: Behavior, checkIns: CheckInAnswer[]): WeekAverages[] {
  const byWeek = new Map<string, { author: string; rating: CheckInRating }[]>();
  for (const answer of checkIns) {
    for (const rating of answer.ratings) {
      if (rating.behavior !== b) continue;
      const week = isoWeekStart(answer.on);
      const list = byWeek.get(week) ?? [];
      list.push({ author: answer.authorPartnerId, rating });
      byWeek.set(week, list);
    }
  }
  return [...byWeek.keys()].sort().map((weekOf) => {
    const ratings = byWeek.get(weekOf) ?? [];
    const authors = [...new Set(ratings.map((r) => r.author))];
    const gaps = authors.flatMap((person) => {
      const self = mean(ratings.filter((r) => r.author === person).map((r) => r.rating.self));
      const byPartner = mean(ratings.filter((r) => r.author !== person).map((r) => r.rating.partner));
      return self === null || byPartner === null ? [] : [Math.abs(self - byPartner)];
    });
    return {
      weekOf,
      selfAverage: rounded(mean(ratings.map((r) => r.rating.self))),
      partnerAverage: rounded(mean(ratings.map((r) => r.rating.partner))),
      gap: rounded(mean(gaps)),
    };
  });
}

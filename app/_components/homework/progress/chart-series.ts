// Shapes the progress procedures' per-partner series into what each chart draws: one value per
// week of the chart (null where there is none), and which weeks show a perception gap.
import { isPerceptionGap } from '@/server/services/homework/progress/perception-gap';
import { OBSERVATION_LEVELS, type TObservationLevel } from '@/server/services/notes/note-shape';
import type { ChartPerson, TBehaviorProgress, TObserved, TProgress, TRatingWeek } from './progress-types';

const LOOKS = [
  { color: 'var(--color-partner-a)', marker: 'circle', striped: false },
  { color: 'var(--color-partner-b)', marker: 'square', striped: true },
] as const;

/** The couple's partners in chart order; `you` (a partner's own view) is named as "you". */
export function chartPeople(partners: TProgress['partners'], you?: string): ChartPerson[] {
  return partners.map((p, i) => {
    const first = p.displayName.split(' ')[0] || p.displayName;
    const isYou = p.id === you;
    return {
      id: p.id,
      name: isYou ? 'You' : first,
      possessive: isYou ? 'Your' : `${first}’s`,
      object: isYou ? 'you' : first,
      ...(LOOKS[i % LOOKS.length] ?? LOOKS[0]),
    };
  });
}

export type RatingSeries = {
  self: (number | null)[];
  byOther: (number | null)[];
  /** Per week: self and the other's rating are a perception gap apart. */
  wide: boolean[];
  /** The weeks with a rating, for the table. */
  rated: TRatingWeek[];
};

export function ratingSeries(b: TBehaviorProgress, partnerId: string, weeks: string[]): RatingSeries {
  const rated = b.ratings.find((r) => r.partnerId === partnerId)?.weeks ?? [];
  const byWeek = new Map(rated.map((w) => [w.weekOf, w]));
  return {
    self: weeks.map((w) => byWeek.get(w)?.self ?? null),
    byOther: weeks.map((w) => byWeek.get(w)?.byOther ?? null),
    wide: weeks.map((w) => isPerceptionGap(byWeek.get(w)?.gap ?? null)),
    rated,
  };
}

export function hasRatings(b: TBehaviorProgress): boolean {
  return b.ratings.some((r) => r.weeks.length > 0);
}

export function hasWideGap(b: TBehaviorProgress): boolean {
  return b.ratings.some((r) => r.weeks.some((w) => isPerceptionGap(w.gap)));
}

/** Per partner, homework asked and done in each week of the chart (0 where nothing was due). */
export function homeworkSeries(b: TBehaviorProgress, partnerId: string, weeks: string[]) {
  const mine = b.homework.filter((h) => h.partnerId === partnerId);
  const of = (w: string) => mine.find((h) => h.weekOf === w);
  return { asked: weeks.map((w) => of(w)?.asked ?? 0), done: weeks.map((w) => of(w)?.done ?? 0) };
}

/** The level seen in each week's latest signed note, as a step on the level scale (0 = not observed). */
export function observedSeries(observed: TObserved, weeks: string[]): (number | null)[] {
  return weeks.map((w) => {
    const level = observed.findLast((o) => o.weekOf === w)?.level;
    return level === undefined ? null : levelStep(level);
  });
}

const levelStep = (level: TObservationLevel) => OBSERVATION_LEVELS.indexOf(level);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A week's Monday ('YYYY-MM-DD') as "7 Dec": no clock or locale involved, so server and browser agree. */
export function weekLabel(weekOf: string): string {
  const [, month, day] = weekOf.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]}`;
}

/**
 * The chart's weeks from the first with anything to show (homework, a rating or an observation),
 * but never fewer than `minimum`, so a new couple's first weeks are not squeezed into a corner.
 */
export function shownWeeks(progress: TProgress, minimum = 6): string[] {
  const withData = new Set(
    progress.behaviors.flatMap((b) => [
      ...b.homework.map((h) => h.weekOf),
      ...b.ratings.flatMap((r) => r.weeks.map((w) => w.weekOf)),
      ...('observed' in b ? b.observed.map((o) => o.weekOf) : []),
    ]),
  );
  const first = progress.weeks.findIndex((w) => withData.has(w));
  const latestStart = Math.max(0, progress.weeks.length - minimum);
  return progress.weeks.slice(first === -1 ? latestStart : Math.min(first, latestStart));
}

/** A rating mean for people: one decimal at most. */
export const formatRating = (value: number | null) =>
  value === null ? '–' : String(Math.round(value * 10) / 10);

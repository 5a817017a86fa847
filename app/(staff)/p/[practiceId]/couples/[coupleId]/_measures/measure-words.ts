// How a couple's measures read to a counselor: timings, scores and alerts in words.
import type { RouterOutputs } from '@/app/_lib/router-types';

type CoupleMeasures = RouterOutputs['measures']['forCouple'];
export type TMeasureView = CoupleMeasures['measures'][number];
export type TMeasureAlert = CoupleMeasures['alerts'][number];
export type TSchedule = NonNullable<TMeasureView['schedule']>;

export function scheduleLabel(schedule: TSchedule): string {
  switch (schedule.timing) {
    case 'intake':
      return 'Once, at intake';
    case 'before-session':
      return `Before each session, from ${schedule.hoursBefore} hours before`;
    case 'after-session':
      return 'After each session';
    case 'every-n-weeks':
      return schedule.intervalWeeks === 1 ? 'Every week' : `Every ${schedule.intervalWeeks} weeks`;
    case 'discharge':
      return 'Once, when the file is closed';
  }
}

const pointsOf = (n: number | null) => (n === 1 ? '1 point' : `${n} points`);

/** "4.67" for a mean, "12" for a sum. */
export const formatScore = (score: number | null | undefined) =>
  score === null || score === undefined ? '–' : Number.isInteger(score) ? String(score) : score.toFixed(2);

/** The measure a view or alert names, from the couple's own list (built-in or the practice's). */
export function definitionIn(data: CoupleMeasures, slug: string): TMeasureView['definition'] | undefined {
  return data.measures.find((view) => view.measure === slug)?.definition;
}

export function alertText(
  alert: TMeasureAlert,
  nameOf: (partnerId: string) => string,
  data: CoupleMeasures,
): { title: string; body: string } {
  const who = nameOf(alert.partnerId);
  const measure = 'measure' in alert ? definitionIn(data, alert.measure) : undefined;
  const title = measure?.title ?? 'a measure';
  switch (alert.kind) {
    case 'alliance-split':
      return alert.why === 'lower than partner'
        ? {
            title: `Alliance split: ${who} rates the therapy lower`,
            body: `At the latest session both answered, ${who}’s session feedback was ${formatScore(alert.to)} of 5 against their partner’s ${formatScore(alert.from)}. An unequal alliance is a known risk in couples work: consider checking in with ${who}.`,
          }
        : {
            title: `Alliance split: ${who}’s feedback is falling`,
            body: `${who}’s session feedback fell from ${formatScore(alert.from)} to ${formatScore(alert.to)} of 5 since their previous answer.`,
          };
    case 'worse':
      return {
        title: `${who} is reliably worse on ${title}`,
        body: `From ${formatScore(alert.from)} at their first answer to ${formatScore(alert.to)} now: a change of ${pointsOf(measure?.reliableChange ?? null)} or more counts as reliable.`,
      };
    case 'not-improving':
      return {
        title: `${who} is not improving on ${title}`,
        body: `${alert.answers} answers, from ${formatScore(alert.from)} to ${formatScore(alert.to)}: no reliable change from a start at or past the cut-off.`,
      };
  }
}

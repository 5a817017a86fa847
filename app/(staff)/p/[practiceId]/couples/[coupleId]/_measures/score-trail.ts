// One partner's path on one measure: first, previous and latest score, the latest band, and
// whether the change since the first is reliable. What the summary cards and the note's glance
// both show.
import type { BadgeTone } from '@/app/_components/ui/badge';
import type { MeasureDefinition } from '@/server/services/measures/measure-definition';
import { bandOf, type Change, reliableChange } from '@/server/services/measures/measure-scoring';
import type { TMeasureView } from './measure-words';

export type ScoreTrail = {
  first: number;
  previous: number | null;
  latest: number;
  band: { label: string; tone: BadgeTone };
  change: { label: string; tone: BadgeTone } | null;
};

const BAND_TONES = { calm: 'success', watch: 'warning', concern: 'danger' } as const;
const CHANGE_WORDS: Record<Change, { label: string; tone: BadgeTone }> = {
  improved: { label: 'Reliably improved', tone: 'success' },
  worse: { label: 'Reliably worse', tone: 'danger' },
  'no reliable change': { label: 'No reliable change', tone: 'neutral' },
};

export function scoreTrail(
  definition: MeasureDefinition,
  view: TMeasureView,
  partnerId: string,
): ScoreTrail | null {
  const scores = view.occasions
    .map((o) => o.scores[partnerId])
    .filter((score): score is number => score !== null && score !== undefined);
  const first = scores[0];
  const latest = scores.at(-1);
  if (first === undefined || latest === undefined) return null;
  const band = bandOf(definition, latest);
  const change = scores.length > 1 ? reliableChange(definition, first, latest) : null;
  return {
    first,
    previous: scores.length > 1 ? (scores.at(-2) ?? null) : null,
    latest,
    band: { label: band.label, tone: BAND_TONES[band.tone] },
    change: change ? CHANGE_WORDS[change] : null,
  };
}

// What a measure is, as data: its questions, the answers each question offers, how answers become a
// score, what the score's ranges mean, and the published thresholds for change and for caseness.
// Scoring and alerts read these fields; no measure has code of its own.
export type BuiltInMeasureSlug = 'phq-9' | 'gad-7' | 'session-feedback' | 'nine-behavior-pulse';
/** A measure a practice entered: `pm-` and its id (measure-slug.ts). */
export type PracticeMeasureSlug = `pm-${string}`;
export type MeasureSlug = BuiltInMeasureSlug | PracticeMeasureSlug;

export type MeasureChoice = { value: number; label: string };

export type MeasureBand = {
  /** Lowest score in the band (inclusive); the band runs to the next band's `from`. */
  from: number;
  label: string;
  /** How the band reads to a counselor: calm, watch, or concern. */
  tone: 'calm' | 'watch' | 'concern';
};

export type MeasureDefinition = {
  slug: MeasureSlug;
  /** The counselor's name for it. */
  title: string;
  /** What a partner sees: plain words, no clinical names. */
  clientTitle: string;
  /** What the measure asks about: the person's own wellbeing, the couple, or how the therapy is working for them. */
  about: 'self' | 'relationship' | 'therapy';
  /** Shown above the questions. */
  instructions: string;
  /** `group`: a heading the item is shown under, with the items after it that share it. */
  items: readonly { id: string; text: string; group?: string }[];
  choices: readonly MeasureChoice[];
  /** list: each choice a full-width button (the default); scale: one compact row of numbered steps. */
  choiceLayout?: 'list' | 'scale';
  scoring: 'sum' | 'mean';
  /** Lowest and highest possible score. */
  range: readonly [number, number];
  /** Which way is better. */
  better: 'lower' | 'higher';
  bands: readonly MeasureBand[];
  /** The smallest change in score that is more than measurement noise, where one is published. */
  reliableChange: number | null;
  /** The score at and beyond which (in the worse direction) a person counts as a clinical case. */
  clinicalCutOff: number | null;
  /** Where the measure comes from and what its licence allows. */
  licence: string;
  /** The item whose answer above the lowest choice raises a safety flag at once. */
  safetyItem?: string;
  /** A practice measure its admins retired: asked of no new couple; its answers still chart. */
  retired?: boolean;
};

// What a session note holds, validated before it is sealed: a level for each of the nine behaviors,
// the narrative sections of the practice's template, and a comment per reviewed assignment.
import { z } from 'zod';
import type { Behavior, NoteTemplate } from '../../../db/schema';

export const OBSERVATION_LEVELS = ['not-observed', 'emerging', 'present', 'strong'] as const;
export const ZObservationLevel = z.enum(OBSERVATION_LEVELS);
export type TObservationLevel = z.infer<typeof ZObservationLevel>;

const ZObservation = z.object({
  /** Null while the draft has not rated this behavior yet; signing needs all nine. */
  level: ZObservationLevel.nullable(),
  comment: z.string().trim().max(1000, 'Keep each observation comment under 1,000 characters.'),
});
export type TObservation = z.infer<typeof ZObservation>;

// Spelled out (not a record) so each behavior is a named, required field of the schema.
export const ZObservations = z.object({
  'attentive-listening': ZObservation,
  compassion: ZObservation,
  'shared-laughter': ZObservation,
  'de-escalation': ZObservation,
  'present-focus': ZObservation,
  'basic-trust': ZObservation,
  accountability: ZObservation,
  'constructive-energy': ZObservation,
  'quality-time': ZObservation,
} satisfies Record<Behavior, typeof ZObservation>);

export const SECTION_KEYS = [
  'subjective',
  'objective',
  'data',
  'behavior',
  'intervention',
  'response',
  'assessment',
  'plan',
  'narrative',
] as const;
export type TSectionKey = (typeof SECTION_KEYS)[number];

const ZSectionText = z.string().max(20_000, 'Keep each section under 20,000 characters.');

export const ZSections = z.object(
  Object.fromEntries(SECTION_KEYS.map((key) => [key, ZSectionText.optional()])) as Record<
    TSectionKey,
    z.ZodOptional<typeof ZSectionText>
  >,
);

export const ZReviewComment = z.object({
  assignmentId: z.uuid(),
  comment: z.string().trim().max(2000, 'Keep each homework comment under 2,000 characters.'),
});

export const ZNoteContent = z.object({
  observations: ZObservations,
  sections: ZSections,
  homeworkReview: z.array(ZReviewComment).max(200),
});
export type TNoteContent = z.infer<typeof ZNoteContent>;

type SectionSpec = { key: TSectionKey; title: string; hint: string };

/** The narrative sections of each template, in order, with our own prompts for each. */
export const TEMPLATE_SECTIONS: Record<NoteTemplate, readonly SectionSpec[]> = {
  dap: [
    { key: 'data', title: 'Data', hint: 'What happened in the session: what each partner said and did.' },
    { key: 'assessment', title: 'Assessment', hint: 'Your reading of it: patterns, progress, concerns.' },
    { key: 'plan', title: 'Plan', hint: 'Next steps: homework, focus for the next session, referrals.' },
  ],
  soap: [
    { key: 'subjective', title: 'Subjective', hint: 'What the partners reported, in their own terms.' },
    { key: 'objective', title: 'Objective', hint: 'What you observed: affect, interaction, behavior.' },
    { key: 'assessment', title: 'Assessment', hint: 'Your clinical reading of the two together.' },
    { key: 'plan', title: 'Plan', hint: 'Next steps: homework, focus for the next session, referrals.' },
  ],
  birp: [
    { key: 'behavior', title: 'Behavior', hint: 'How the partners presented and acted toward each other.' },
    { key: 'intervention', title: 'Intervention', hint: 'What you did: techniques, exercises, reframes.' },
    { key: 'response', title: 'Response', hint: 'How each partner took it up, or did not.' },
    { key: 'plan', title: 'Plan', hint: 'Next steps: homework, focus for the next session, referrals.' },
  ],
  free: [{ key: 'narrative', title: 'Session narrative', hint: 'Your account of the session.' }],
};

export function emptyNoteContent(): TNoteContent {
  const blank = { level: null, comment: '' };
  return {
    observations: {
      'attentive-listening': blank,
      compassion: blank,
      'shared-laughter': blank,
      'de-escalation': blank,
      'present-focus': blank,
      'basic-trust': blank,
      accountability: blank,
      'constructive-energy': blank,
      'quality-time': blank,
    },
    sections: {},
    homeworkReview: [],
  };
}

/** Behaviors a draft has not rated yet, in canonical order. */
export function unratedBehaviors(content: TNoteContent): Behavior[] {
  return (Object.keys(content.observations) as Behavior[]).filter(
    (b) => content.observations[b].level === null,
  );
}

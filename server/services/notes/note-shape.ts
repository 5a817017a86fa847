// What a session note holds, as plain data the note editor can use in the browser: the levels a
// counselor records per behavior, each template's sections, and an empty note. The zod schemas
// that check it on the server are in note-content.ts.
import type { Behavior, NoteTemplate } from '@/db/schema';

export const OBSERVATION_LEVELS = ['not-observed', 'emerging', 'present', 'strong'] as const;
export type TObservationLevel = (typeof OBSERVATION_LEVELS)[number];

/** `level` is null while the draft has not rated this behavior yet; signing needs all nine. */
export type TObservation = { level: TObservationLevel | null; comment: string };

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

export type TNoteContent = {
  observations: Record<Behavior, TObservation>;
  sections: { [key in TSectionKey]?: string | undefined };
  homeworkReview: { assignmentId: string; comment: string }[];
};

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

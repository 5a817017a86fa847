// The zod schemas that check a session note before it is sealed (shape and limits in note-shape.ts).
import { z } from 'zod';
import type { Behavior } from '@/db/schema';
import { OBSERVATION_LEVELS, SECTION_KEYS, type TNoteContent, type TSectionKey } from './note-shape';

export const ZObservationLevel = z.enum(OBSERVATION_LEVELS);

const ZObservation = z.object({
  level: ZObservationLevel.nullable(),
  comment: z.string().trim().max(1000, 'Keep each observation comment under 1,000 characters.'),
});

// Spelled out (not a record) so each behavior is a named, required field of the schema.
const ZObservations = z.object({
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

const ZSectionText = z.string().max(20_000, 'Keep each section under 20,000 characters.');

const ZSections = z.object(
  Object.fromEntries(SECTION_KEYS.map((key) => [key, ZSectionText.optional()])) as Record<
    TSectionKey,
    z.ZodOptional<typeof ZSectionText>
  >,
);

const ZReviewComment = z.object({
  assignmentId: z.uuid(),
  comment: z.string().trim().max(2000, 'Keep each homework comment under 2,000 characters.'),
});

export const ZNoteContent = z.object({
  observations: ZObservations,
  sections: ZSections,
  homeworkReview: z.array(ZReviewComment).max(200),
}) satisfies z.ZodType<TNoteContent>;

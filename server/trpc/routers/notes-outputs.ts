// What the note procedures may return: staff-only shapes, never an answer's text.
import { z } from 'zod';
import { ZBehavior } from '@/db/exercise-content';
import { noteTemplate, sessionFormat, sessionStatus } from '@/db/schema';
import { ZNoteContent } from '@/server/services/notes/note-content';
import { ZKind } from './homework-outputs';

const ZReviewItem = z.object({
  id: z.uuid(),
  title: z.string(),
  behavior: ZBehavior,
  kind: ZKind,
  partnerId: z.uuid().nullable(),
  dueOn: z.string(),
  slots: z.array(
    z.object({
      partnerId: z.uuid().nullable(),
      status: z.enum(['not-started', 'draft', 'submitted']),
      submittedAt: z.date().nullable(),
    }),
  ),
});

const ZHomeworkReviewOutput = z.object({
  /** Homework due after this date (exclusive) and up to `upTo` (inclusive), both YYYY-MM-DD. */
  after: z.string(),
  upTo: z.string(),
  previousSessionId: z.uuid().nullable(),
  partners: z.array(z.object({ id: z.uuid(), displayName: z.string(), position: z.number().int() })),
  items: z.array(ZReviewItem),
  checkIns: z.array(
    z.object({
      behavior: ZBehavior,
      weekOf: z.string(),
      selfAverage: z.number().nullable(),
      partnerAverage: z.number().nullable(),
      gap: z.number().nullable(),
    }),
  ),
});

export const ZSessionNoteOutput = z.object({
  session: z.object({
    id: z.uuid(),
    coupleId: z.uuid(),
    startsAt: z.date(),
    durationMinutes: z.number().int(),
    format: z.enum(sessionFormat.enumValues),
    location: z.string(),
    /** Where an in-person session happens (its own address, else the office's); '' for video. */
    address: z.string(),
    status: z.enum(sessionStatus.enumValues),
    counselorName: z.string(),
    timeZone: z.string(),
  }),
  template: z.enum(noteTemplate.enumValues),
  note: z
    .object({
      id: z.uuid(),
      authorName: z.string(),
      isAuthor: z.boolean(),
      content: ZNoteContent,
      signedAt: z.date().nullable(),
      createdAt: z.date(),
      updatedAt: z.date(),
    })
    .nullable(),
  addenda: z.array(z.object({ id: z.uuid(), authorName: z.string(), createdAt: z.date(), text: z.string() })),
  homeworkReview: ZHomeworkReviewOutput,
  assignedFromNote: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      behavior: ZBehavior,
      partnerId: z.uuid().nullable(),
      dueOn: z.string(),
      cancelledAt: z.date().nullable(),
    }),
  ),
  /** True when there is no note yet and one may be started. */
  canStart: z.boolean(),
});

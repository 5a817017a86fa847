// Output shapes of the data-export procedures: what may leave the server.
import { z } from 'zod';
import { ZBehavior, ZExerciseContent } from '@/db/exercise-content';
import { exportStatus } from '@/db/schema';
import { ZAnswerBody } from '@/server/services/homework/answer-body';
import { ZMeasureSlug } from '@/server/services/measures/catalogue';
import { ZSessionFormat } from '@/server/services/sessions/session-fields';
import { ZKind, ZVisibility } from './homework-outputs';

export const ZPracticeExportItem = z.object({
  id: z.uuid(),
  status: z.enum(exportStatus.enumValues),
  progressDone: z.number().int(),
  progressTotal: z.number().int(),
  error: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  createdAt: z.date(),
  finishedAt: z.date().nullable(),
  expiresAt: z.date().nullable(),
  requestedBy: z.string(),
});

export const ZExportFileOutput = z.object({ fileName: z.string(), zip: z.instanceof(Uint8Array) });

/** A client's own data: never a partner's private or counselor-only answer, never a note. */
export const ZClientExportOutput = z.object({
  format: z.literal('ninefold-client-export'),
  formatVersion: z.literal(1),
  generatedAt: z.string(),
  practice: z.string(),
  couple: z.object({ id: z.uuid(), status: z.enum(['active', 'paused', 'closed']).nullable() }),
  me: z.object({ partnerId: z.uuid(), displayName: z.string() }),
  partner: z.object({ displayName: z.string() }).nullable(),
  homework: z.array(
    z.object({
      id: z.uuid(),
      partnerId: z.uuid().nullable(),
      title: z.string(),
      behavior: ZBehavior,
      kind: ZKind,
      content: ZExerciseContent,
      note: z.string().nullable(),
      dueOn: z.string(),
      cancelledAt: z.date().nullable(),
      reviewedAt: z.date().nullable(),
      reviewComment: z.string().nullable(),
      createdAt: z.date(),
    }),
  ),
  answers: z.array(
    z.object({
      assignmentId: z.uuid(),
      author: z.enum(['me', 'partner', 'together']),
      status: z.enum(['draft', 'submitted']),
      visibility: ZVisibility,
      submittedAt: z.date().nullable(),
      updatedAt: z.date(),
      body: ZAnswerBody,
    }),
  ),
  sessions: z.array(
    z.object({
      id: z.uuid(),
      startsAt: z.date(),
      durationMinutes: z.number().int(),
      format: ZSessionFormat,
      location: z.string(),
      status: z.enum(['scheduled', 'attended', 'no-show', 'cancelled']),
    }),
  ),
  questionnaires: z.array(
    z.object({
      measure: ZMeasureSlug,
      title: z.string(),
      sessionId: z.uuid().nullable(),
      submittedAt: z.date(),
      score: z.number(),
      answers: z.record(z.string(), z.number()),
    }),
  ),
  emailPreferences: z
    .object({
      timeZone: z.string().nullable(),
      quietHoursStart: z.number().int().nullable(),
      quietHoursEnd: z.number().int().nullable(),
      homeworkNudges: z.boolean(),
      sessionReminders: z.boolean(),
      dailyDigest: z.boolean(),
      digestHour: z.number().int(),
      /** null: as the practice decides. */
      discreetEmail: z.boolean().nullable(),
      updatedAt: z.date(),
    })
    .nullable(),
});

// A couple's history for staff, in one list: sessions, notes, homework and answers.
import { z } from 'zod';
import { answerVisibility, sessionStatus } from '@/db/schema';
import { ZSessionFormat } from '@/server/services/sessions/session-fields';
import {
  findCoupleTimeline,
  TIMELINE_KINDS,
  ZFindCoupleTimelineInput,
  ZTimelineCursor,
} from '@/server/services/timeline/find-couple-timeline';
import { router } from '../init';
import { practiceProcedure } from '../procedures';

export const timelineRouter = router({
  // notes:read, not only sessions:read: the list tells when notes were started and signed.
  forCouple: practiceProcedure('notes:read')
    .input(ZFindCoupleTimelineInput)
    .output(
      z.object({
        timeZone: z.string(),
        items: z.array(
          z.object({
            key: z.string(),
            at: z.date(),
            kind: z.enum(TIMELINE_KINDS),
            id: z.uuid(),
            sessionId: z.uuid().nullable(),
            title: z.string().nullable(),
            partnerName: z.string().nullable(),
            sessionStatus: z.enum(sessionStatus.enumValues).nullable(),
            durationMinutes: z.number().int().nullable(),
            format: ZSessionFormat.nullable(),
            addendaCount: z.number().int().nullable(),
            visibility: z.enum(answerVisibility.enumValues).nullable(),
          }),
        ),
        nextCursor: ZTimelineCursor.nullable(),
      }),
    )
    .query(({ ctx, input }) => findCoupleTimeline(ctx.tx, ctx.actor, input)),
});

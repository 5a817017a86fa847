import { z } from 'zod';
import { closeCouple } from '@/server/services/couples/closing/close-couple';
import {
  getClosingPreview,
  ZClosingPreviewInput,
} from '@/server/services/couples/closing/get-closing-preview';
import { ZCoupleStatusChangeInput } from '@/server/services/couples/closing/lock-couple';
import { reopenCouple } from '@/server/services/couples/closing/reopen-couple';
import { createCouple, ZCreateCoupleInput } from '@/server/services/couples/create-couple';
import { getCouple, ZGetCoupleInput } from '@/server/services/couples/get-couple';
import { router } from '../init';
import { practiceProcedure } from '../procedures';

const ZCoupleStatus = z.enum(['active', 'paused', 'closed']);

export const couplesRouter = router({
  get: practiceProcedure('couples:read')
    .input(ZGetCoupleInput)
    .output(
      z.object({
        id: z.uuid(),
        status: ZCoupleStatus,
        closedAt: z.date().nullable(),
        createdAt: z.date(),
        counselorId: z.uuid(),
        counselorName: z.string(),
        partners: z.array(
          z.object({
            id: z.uuid(),
            displayName: z.string(),
            email: z.string(),
            joined: z.boolean(),
            invitationExpiresAt: z.date().nullable(),
            /** Set when mail to this partner bounced or was marked as spam: Ninefold no longer sends to it. */
            emailSuppression: z
              .object({ reason: z.enum(['bounce', 'complaint']), since: z.iso.date() })
              .nullable(),
          }),
        ),
      }),
    )
    .query(({ ctx, input }) => getCouple(ctx.tx, ctx.actor, input)),
  create: practiceProcedure('couples:write')
    .input(ZCreateCoupleInput)
    .output(z.object({ coupleId: z.uuid() }))
    .mutation(({ ctx, input }) => createCouple(ctx.tx, ctx.actor, input)),
  closingPreview: practiceProcedure('couples:read')
    .input(ZClosingPreviewInput)
    .output(
      z.object({
        upcomingSessions: z.array(z.object({ id: z.uuid(), startsAt: z.date() })),
        upcomingSessionCount: z.number().int(),
      }),
    )
    .query(({ ctx, input }) => getClosingPreview(ctx.tx, ctx.actor, input)),
  // The couple's counselor, owners and admins (couples:write, and only a couple the actor may see).
  // Open when read-only: closing stops the couple's nudges and cancels its sessions, and winding
  // down never waits for a payment (reopening does).
  close: practiceProcedure('couples:write')
    .meta({ openWhenReadOnly: true })
    .input(ZCoupleStatusChangeInput)
    .output(
      z.object({
        coupleId: z.uuid(),
        status: z.literal('closed'),
        closedAt: z.date(),
        cancelledSessions: z.number().int(),
      }),
    )
    .mutation(({ ctx, input }) => closeCouple(ctx.tx, ctx.actor, input)),
  reopen: practiceProcedure('couples:write')
    .input(ZCoupleStatusChangeInput)
    .output(z.object({ coupleId: z.uuid(), status: ZCoupleStatus }))
    .mutation(({ ctx, input }) => reopenCouple(ctx.tx, ctx.actor, input)),
});

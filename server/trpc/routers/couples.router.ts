import { z } from 'zod';
import { createCouple, ZCreateCoupleInput } from '../../services/couples/create-couple';
import { getCouple, ZGetCoupleInput } from '../../services/couples/get-couple';
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
});

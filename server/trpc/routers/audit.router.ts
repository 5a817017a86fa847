import { z } from 'zod';
import { findAuditEvents, ZFindAuditEventsInput } from '../../services/audit/find-audit-events';
import { router } from '../init';
import { practiceProcedure } from '../procedures';

export const auditRouter = router({
  find: practiceProcedure('audit:read')
    .input(ZFindAuditEventsInput)
    .output(
      z.object({
        items: z.array(
          z.object({
            id: z.uuid(),
            action: z.string(),
            targetType: z.string(),
            targetId: z.string().nullable(),
            actorName: z.string().nullable(),
            ip: z.string().nullable(),
            createdAt: z.date(),
          }),
        ),
        nextBefore: z.date().nullable(),
      }),
    )
    .query(({ ctx, input }) => findAuditEvents(ctx.tx, ctx.actor, input)),
});

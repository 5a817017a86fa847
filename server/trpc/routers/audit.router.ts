import { z } from 'zod';
import { ZAuditFilter } from '@/server/services/audit/audit-filter';
import { exportAuditCsv } from '@/server/services/audit/export-audit-csv';
import { findAuditEvents, ZFindAuditEventsInput } from '@/server/services/audit/find-audit-events';
import { keptCheckpointOf, ZKeptCheckpoint } from '@/server/services/audit/kept-checkpoint';
import { loadAuditFilterOptions } from '@/server/services/audit/load-audit-filter-options';
import { verifyAuditChain } from '@/server/services/audit/verify-audit-chain';
import { router } from '../init';
import { practiceProcedure } from '../procedures';

const ZChainSummary = z.object({
  events: z.number(),
  checkpoints: z.number(),
  newestCheckpoint: z.object({ n: z.number(), seq: z.number(), createdAt: z.date() }).nullable(),
});

export const auditRouter = router({
  find: practiceProcedure('audit:read')
    .input(ZFindAuditEventsInput)
    .output(
      z.object({
        items: z.array(
          z.object({
            id: z.uuid(),
            seq: z.number(),
            action: z.string(),
            /** The action in plain words. */
            actionLabel: z.string(),
            /** The couple the entry concerns, if any. */
            couple: z.object({ id: z.uuid(), name: z.string() }).nullable(),
            targetType: z.string(),
            targetId: z.string().nullable(),
            actorUserId: z.uuid().nullable(),
            actorName: z.string().nullable(),
            ip: z.string().nullable(),
            createdAt: z.date(),
          }),
        ),
        nextBeforeSeq: z.number().nullable(),
      }),
    )
    .query(({ ctx, input }) => findAuditEvents(ctx.tx, ctx.actor, input)),
  filterOptions: practiceProcedure('audit:read')
    .output(
      z.object({
        people: z.array(z.object({ userId: z.uuid(), name: z.string() })),
        actions: z.array(z.object({ action: z.string(), label: z.string() })),
        couples: z.array(z.object({ coupleId: z.uuid(), name: z.string() })),
      }),
    )
    .query(({ ctx }) => loadAuditFilterOptions(ctx.tx, ctx.actor)),
  verifyChain: practiceProcedure('audit:read')
    .input(z.object({ kept: ZKeptCheckpoint.optional() }).optional())
    .output(
      z.discriminatedUnion('verified', [
        ZChainSummary.extend({ verified: z.literal(true) }),
        ZChainSummary.extend({
          verified: z.literal(false),
          seq: z.number(),
          eventId: z.uuid().nullable(),
          createdAt: z.date().nullable(),
          problem: z.enum(['missing', 'unlinked', 'edited', 'diverged', 'truncated', 'checkpoint']),
        }),
      ]),
    )
    .query(({ ctx, input }) =>
      verifyAuditChain(
        ctx.tx,
        ctx.actor.practiceId,
        input?.kept ? [keptCheckpointOf(ctx.actor.practiceId, input.kept)] : [],
      ),
    ),
  exportCsv: practiceProcedure('audit:read')
    .input(ZAuditFilter)
    .output(z.object({ csv: z.string(), rows: z.number(), truncated: z.boolean() }))
    .query(({ ctx, input }) => exportAuditCsv(ctx.tx, ctx.actor, input)),
});

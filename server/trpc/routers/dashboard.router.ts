// The counselor's caseload dashboard and pre-session digests.
import { z } from 'zod';
import { behavior, exerciseKind } from '@/db/schema';
import {
  findCaseloadDashboard,
  ZCaseloadDashboardInput,
} from '@/server/services/dashboard/find-caseload-dashboard';
import { getCoupleDigest, ZCoupleDigestInput } from '@/server/services/dashboard/get-couple-digest';
import { router } from '../init';
import { practiceProcedure } from '../procedures';

const ZBehavior = z.enum(behavior.enumValues);
const ZCount = z.number().int().min(0);

const ZCaseloadRow = z.object({
  id: z.uuid(),
  status: z.enum(['active', 'paused', 'closed']),
  counselorId: z.uuid(),
  counselorName: z.string(),
  createdAt: z.date(),
  nextSessionAt: z.date().nullable(),
  lastSessionAt: z.date().nullable(),
  homeworkDue: ZCount,
  overdue: ZCount,
  unsignedNotes: ZCount,
  lastActivityAt: z.date().nullable(),
  quiet: z.boolean(),
  partners: z.array(
    z.object({ partnerId: z.uuid(), name: z.string(), overdue: ZCount, completedSinceLastSession: ZCount }),
  ),
  openSafetyFlags: ZCount,
  safetyHold: z.boolean(),
  /** Measure alerts from both partners' answers, by the practice's thresholds. */
  notImproving: z.boolean(),
  worse: z.boolean(),
  allianceSplit: z.boolean(),
});

const ZSentAnswer = z.object({
  assignmentId: z.uuid(),
  title: z.string(),
  behavior: ZBehavior,
  kind: z.enum(exerciseKind.enumValues),
  submittedAt: z.date(),
});
const ZCheckInPoint = z.object({ on: z.iso.date(), self: z.number(), partner: z.number() });

export const dashboardRouter = router({
  caseload: practiceProcedure('caseload:read')
    .input(ZCaseloadDashboardInput)
    .output(
      z.object({
        total: ZCount,
        /** Whether these are every counselor's couples (asked for, or an owner's 'auto' default). */
        showingAll: z.boolean(),
        page: z.number().int().min(1),
        pageSize: z.number().int().min(1),
        rows: z.array(ZCaseloadRow),
      }),
    )
    .query(({ ctx, input }) => findCaseloadDashboard(ctx.tx, ctx.actor, input)),
  digest: practiceProcedure('caseload:read')
    .input(ZCoupleDigestInput)
    .output(
      z.object({
        coupleId: z.uuid(),
        lastSessionAt: z.date().nullable(),
        lastActivityAt: z.date().nullable(),
        quiet: z.boolean(),
        partners: z.array(
          z.object({
            partnerId: z.uuid(),
            name: z.string(),
            sent: z.array(ZSentAnswer),
            checkInChanges: z.array(
              z.object({ behavior: ZBehavior, latest: ZCheckInPoint, previous: ZCheckInPoint.nullable() }),
            ),
          }),
        ),
        sentTogether: z.array(ZSentAnswer),
        largestGap: z.object({ behavior: ZBehavior, weekOf: z.iso.date(), gap: z.number() }).nullable(),
      }),
    )
    .query(({ ctx, input }) => getCoupleDigest(ctx.tx, ctx.actor, input)),
});

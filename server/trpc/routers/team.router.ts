import { z } from 'zod';
import { withTenant } from '@/db/tenant';
import { endStaffSessionsIfNoStaffRoleLeft } from '@/server/auth/end-staff-sessions';
import {
  changeMemberRole,
  ZChangeMemberRoleInput,
  ZStaffRole,
} from '@/server/services/team/change-member-role';
import { deactivateMember, ZMemberInput } from '@/server/services/team/deactivate-member';
import { findMemberCouples, ZMemberCouplesInput } from '@/server/services/team/find-member-couples';
import { findTeam } from '@/server/services/team/find-team';
import { inviteMember, ZInviteMemberInput } from '@/server/services/team/invite-member';
import { reactivateMember } from '@/server/services/team/reactivate-member';
import { reassignCouples, ZReassignCouplesInput } from '@/server/services/team/reassign-couples';
import { resendInvitation } from '@/server/services/team/resend-invitation';
import { revokeInvitation, ZInvitationInput } from '@/server/services/team/revoke-invitation';
import { router } from '../init';
import { practiceOutsideTransactionProcedure, practiceProcedure } from '../procedures';

const ZInvitationOutput = z.object({ invitationId: z.uuid() });
const ZMemberOutput = z.object({ membershipId: z.uuid() });

export const teamRouter = router({
  find: practiceProcedure('team:read')
    .output(
      z.object({
        members: z.array(
          z.object({
            membershipId: z.uuid(),
            name: z.string(),
            email: z.string(),
            role: z.enum(['owner', 'admin', 'counselor', 'client']),
            status: z.enum(['active', 'deactivated']),
          }),
        ),
        pending: z.array(
          z.object({
            invitationId: z.uuid(),
            email: z.string(),
            role: z.enum(['owner', 'admin', 'counselor', 'client']),
            expiresAt: z.date(),
          }),
        ),
      }),
    )
    .query(({ ctx }) => findTeam(ctx.tx, ctx.actor)),
  invite: practiceProcedure('team:invite')
    .input(ZInviteMemberInput)
    .output(ZInvitationOutput)
    .mutation(({ ctx, input }) => inviteMember(ctx.tx, ctx.actor, input)),
  resendInvitation: practiceProcedure('team:invite')
    .input(ZInvitationInput)
    .output(ZInvitationOutput)
    .mutation(({ ctx, input }) => resendInvitation(ctx.tx, ctx.actor, input)),
  // Open when read-only: ending someone's access never waits for a payment.
  revokeInvitation: practiceProcedure('team:invite')
    .meta({ openWhenReadOnly: true })
    .input(ZInvitationInput)
    .output(ZInvitationOutput)
    .mutation(({ ctx, input }) => revokeInvitation(ctx.tx, ctx.actor, input)),
  changeRole: practiceProcedure('team:manage')
    .input(ZChangeMemberRoleInput)
    .output(z.object({ membershipId: z.uuid(), role: ZStaffRole }))
    .mutation(({ ctx, input }) => changeMemberRole(ctx.tx, ctx.actor, input)),
  // Outside the procedure's transaction: sessions are ended only once the deactivation committed.
  // Open when read-only, like revoking an invitation: ending access never waits for a payment.
  deactivate: practiceOutsideTransactionProcedure('team:manage')
    .meta({ openWhenReadOnly: true })
    .input(ZMemberInput)
    .output(ZMemberOutput)
    .mutation(async ({ ctx, input }) => {
      const { actor } = ctx;
      const done = await withTenant(ctx.db, { practiceId: actor.practiceId, userId: actor.userId }, (tx) =>
        deactivateMember(tx, actor, input),
      );
      await endStaffSessionsIfNoStaffRoleLeft(ctx.db, done.userId);
      return { membershipId: done.membershipId };
    }),
  reactivate: practiceProcedure('team:manage')
    .input(ZMemberInput)
    .output(ZMemberOutput)
    .mutation(({ ctx, input }) => reactivateMember(ctx.tx, ctx.actor, input)),
  memberCouples: practiceProcedure('team:manage')
    .input(ZMemberCouplesInput)
    .output(
      z.object({
        couples: z.array(
          z.object({ coupleId: z.uuid(), name: z.string(), status: z.enum(['active', 'paused', 'closed']) }),
        ),
        more: z.boolean(),
      }),
    )
    .query(({ ctx, input }) => findMemberCouples(ctx.tx, ctx.actor, input)),
  reassignCouples: practiceProcedure('team:manage')
    .input(ZReassignCouplesInput)
    .output(z.object({ moved: z.number().int() }))
    .mutation(({ ctx, input }) => reassignCouples(ctx.tx, ctx.actor, input)),
});

import { z } from 'zod';
import { findTeam } from '../../services/team/find-team';
import { inviteMember, ZInviteMemberInput } from '../../services/team/invite-member';
import { router } from '../init';
import { practiceProcedure } from '../procedures';

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
    .output(z.object({ invitationId: z.uuid() }))
    .mutation(({ ctx, input }) => inviteMember(ctx.tx, ctx.actor, input)),
});

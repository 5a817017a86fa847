// The practice's sign-in rules: owners and admins see them; only owners change them.
import { z } from 'zod';
import {
  getTwoFactorRequirement,
  setTwoFactorRequirement,
  ZTwoFactorRequirementInput,
} from '@/server/services/practices/set-two-factor-requirement';
import { router } from '../init';
import { practiceProcedure } from '../procedures';

const ZRequirement = z.object({ required: z.boolean() });

export const practiceSecurityRouter = router({
  twoFactorRequirement: practiceProcedure('practice:settings')
    .output(ZRequirement)
    .query(({ ctx }) => getTwoFactorRequirement(ctx.tx, ctx.actor)),
  // Open when read-only: tightening sign-in is protection, not use.
  setTwoFactorRequirement: practiceProcedure('practice:security')
    .meta({ openWhenReadOnly: true })
    .input(ZTwoFactorRequirementInput)
    .output(ZRequirement)
    .mutation(({ ctx, input }) => setTwoFactorRequirement(ctx.tx, ctx.actor, input)),
});

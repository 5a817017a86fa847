// The signed-in person's own account security (two-factor sign-in). Not practice-scoped: it works
// while a practice still refuses everything else until two-factor sign-in is set up. Staff only:
// a client's magic-link session has no password and nothing to protect with a second factor.
import { z } from 'zod';
import { beginTwoFactorSetup } from '@/server/auth/two-factor/begin-two-factor-setup';
import { ZConfirmation } from '@/server/auth/two-factor/confirm-identity';
import { confirmTwoFactorSetup, ZConfirmSetupInput } from '@/server/auth/two-factor/confirm-two-factor-setup';
import { disableTwoFactor } from '@/server/auth/two-factor/disable-two-factor';
import { getTwoFactorStatus } from '@/server/auth/two-factor/get-two-factor-status';
import { regenerateRecoveryCodes } from '@/server/auth/two-factor/regenerate-recovery-codes';
import { router } from '../init';
import { staffSessionProcedure } from '../procedures';

const ZRecoveryCodes = z.object({ recoveryCodes: z.array(z.string()).length(10) });
const ZConfirmInput = z.object({ confirmation: ZConfirmation });

export const accountRouter = router({
  twoFactor: router({
    status: staffSessionProcedure
      .output(
        z.object({
          enabled: z.boolean(),
          enabledAt: z.date().nullable(),
          recoveryCodesLeft: z.number().int(),
          requiredBy: z.array(z.object({ practiceId: z.uuid(), name: z.string() })),
        }),
      )
      .query(({ ctx }) => getTwoFactorStatus(ctx.db, ctx.session.userId)),
    beginSetup: staffSessionProcedure
      .output(z.object({ manualKey: z.string(), otpauthUri: z.string(), qrSvgDataUrl: z.string() }))
      .mutation(({ ctx }) => beginTwoFactorSetup(ctx.db, ctx.session.userId)),
    confirmSetup: staffSessionProcedure
      .input(ZConfirmSetupInput)
      .output(ZRecoveryCodes)
      .mutation(({ ctx, input }) => confirmTwoFactorSetup(ctx.db, ctx.session.userId, input, ctx.meta)),
    regenerateRecoveryCodes: staffSessionProcedure
      .input(ZConfirmInput)
      .output(ZRecoveryCodes)
      .mutation(({ ctx, input }) =>
        regenerateRecoveryCodes(ctx.db, ctx.session.userId, input.confirmation, ctx.meta),
      ),
    disable: staffSessionProcedure
      .input(ZConfirmInput)
      .output(z.object({ enabled: z.literal(false) }))
      .mutation(({ ctx, input }) =>
        disableTwoFactor(ctx.db, ctx.session.userId, input.confirmation, ctx.meta),
      ),
  }),
});

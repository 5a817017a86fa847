import { z } from 'zod';
import { getPortalHome } from '../../services/portal/get-portal-home';
import { router } from '../init';
import { practiceProcedure } from '../procedures';

export const portalRouter = router({
  home: practiceProcedure('portal:read')
    .output(
      z.object({
        coupleId: z.uuid(),
        status: z.enum(['active', 'paused', 'closed']),
        counselorName: z.string(),
        practiceName: z.string(),
        me: z.string(),
        partner: z.string().nullable(),
      }),
    )
    .query(({ ctx }) => getPortalHome(ctx.tx, ctx.actor)),
});

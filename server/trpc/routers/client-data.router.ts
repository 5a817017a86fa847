// A client's rights over their own data: download it, delete their private answers; and staff
// deleting a partner's private answers at the partner's request.
import { z } from 'zod';
import {
  deletePartnerPrivateAnswers,
  ZDeletePartnerPrivateAnswersInput,
} from '../../services/couples/delete-partner-private-answers';
import {
  deleteMyPrivateAnswers,
  ZDeletePrivateAnswersInput,
} from '../../services/portal/delete-my-private-answers';
import { exportMyData } from '../../services/portal/export-my-data';
import { router } from '../init';
import { practiceProcedure } from '../procedures';
import { ZClientExportOutput } from './exports-outputs';

const ZDeleted = z.object({ deleted: z.number().int() });

export const clientDataRouter = router({
  /** Audited: the download route calls it. */
  export: practiceProcedure('portal:read')
    .output(ZClientExportOutput)
    .query(({ ctx }) => exportMyData(ctx.tx, ctx.actor)),
  deletePrivateAnswers: practiceProcedure('homework:answer')
    .input(ZDeletePrivateAnswersInput)
    .output(ZDeleted)
    .mutation(({ ctx }) => deleteMyPrivateAnswers(ctx.tx, ctx.actor)),
  deletePartnerPrivateAnswers: practiceProcedure('couples:write')
    .input(ZDeletePartnerPrivateAnswersInput)
    .output(ZDeleted)
    .mutation(({ ctx, input }) => deletePartnerPrivateAnswers(ctx.tx, ctx.actor, input)),
});

// A client's rights over their own data: download it, delete their private answers; and staff
// deleting a partner's private answers at the partner's request.
import { z } from 'zod';
import {
  deletePartnerPrivateAnswers,
  ZDeletePartnerPrivateAnswersInput,
} from '@/server/services/couples/delete-partner-private-answers';
import {
  deleteMyPrivateAnswers,
  ZDeletePrivateAnswersInput,
} from '@/server/services/portal/delete-my-private-answers';
import { exportMyData } from '@/server/services/portal/export-my-data';
import { router } from '../init';
import { practiceProcedure } from '../procedures';
import { ZClientExportOutput } from './exports-outputs';

const ZDeleted = z.object({ deleted: z.number().int() });

export const clientDataRouter = router({
  /** Audited: the download route calls it. */
  export: practiceProcedure('portal:read')
    .output(ZClientExportOutput)
    .query(({ ctx }) => exportMyData(ctx.tx, ctx.actor)),
  // Open when read-only and when the couple's file is closed: a client's data rights end with
  // neither a payment nor the file.
  deletePrivateAnswers: practiceProcedure('homework:answer')
    .meta({ openWhenReadOnly: true, openWhenCoupleClosed: true })
    .input(ZDeletePrivateAnswersInput)
    .output(ZDeleted)
    .mutation(({ ctx }) => deleteMyPrivateAnswers(ctx.tx, ctx.actor)),
  // Open when read-only: the partner's right to delete does not wait for a payment.
  deletePartnerPrivateAnswers: practiceProcedure('couples:write')
    .meta({ openWhenReadOnly: true })
    .input(ZDeletePartnerPrivateAnswersInput)
    .output(ZDeleted)
    .mutation(({ ctx, input }) => deletePartnerPrivateAnswers(ctx.tx, ctx.actor, input)),
});

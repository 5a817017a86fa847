import { z } from 'zod';
import { findPracticeExports } from '@/server/services/exports/find-practice-exports';
import { getExportFile, ZExportFileInput } from '@/server/services/exports/get-export-file';
import { requestPracticeExport } from '@/server/services/exports/request-practice-export';
import { router } from '../init';
import { practiceProcedure } from '../procedures';
import { ZExportFileOutput, ZPracticeExportItem } from './exports-outputs';

export const exportsRouter = router({
  /**
   * Starts an export, or answers with the one already in the making. Open when read-only: taking
   * the practice's data out never waits for a payment.
   */
  request: practiceProcedure('practice:export')
    .meta({ openWhenReadOnly: true })
    .output(z.object({ exportId: z.uuid(), created: z.boolean() }))
    .mutation(({ ctx }) => requestPracticeExport(ctx.tx, ctx.actor)),
  find: practiceProcedure('practice:export')
    .output(z.object({ items: z.array(ZPracticeExportItem) }))
    .query(({ ctx }) => findPracticeExports(ctx.tx, ctx.actor)),
  /** The ZIP, for the download route (audited there through this call). */
  file: practiceProcedure('practice:export')
    .input(ZExportFileInput)
    .output(ZExportFileOutput)
    .query(({ ctx, input }) => getExportFile(ctx.tx, ctx.actor, input)),
});

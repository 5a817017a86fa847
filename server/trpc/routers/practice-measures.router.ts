// The practice's own measures: staff list them; owners and admins enter, edit (while no one has
// answered) and retire them.
import { z } from 'zod';
import { ZMeasureSlug } from '@/server/services/measures/catalogue';
import {
  findPracticeMeasures,
  getPracticeMeasure,
  ZPracticeMeasureIdInput,
} from '@/server/services/measures/practice/find-practice-measures';
import { ZPracticeMeasureInput } from '@/server/services/measures/practice/practice-measure-shape';
import {
  createPracticeMeasure,
  retirePracticeMeasure,
  updatePracticeMeasure,
  ZCreatePracticeMeasureInput,
  ZUpdatePracticeMeasureInput,
} from '@/server/services/measures/practice/save-practice-measure';
import { router } from '../init';
import { practiceProcedure } from '../procedures';

const ZSaved = z.object({ id: z.uuid(), slug: ZMeasureSlug });

export const practiceMeasuresRouter = router({
  find: practiceProcedure('measures:read')
    .output(
      z.array(
        z.object({
          id: z.uuid(),
          slug: ZMeasureSlug,
          title: z.string(),
          questions: z.number().int(),
          retiredAt: z.date().nullable(),
          updatedAt: z.date(),
          answered: z.boolean(),
          couples: z.number().int(),
        }),
      ),
    )
    .query(({ ctx }) => findPracticeMeasures(ctx.tx, ctx.actor)),
  get: practiceProcedure('measures:define')
    .input(ZPracticeMeasureIdInput)
    .output(
      z.object({
        id: z.uuid(),
        retiredAt: z.date().nullable(),
        answered: z.boolean(),
        couples: z.number().int(),
        measure: ZPracticeMeasureInput,
      }),
    )
    .query(({ ctx, input }) => getPracticeMeasure(ctx.tx, ctx.actor, input)),
  create: practiceProcedure('measures:define')
    .input(ZCreatePracticeMeasureInput)
    .output(ZSaved)
    .mutation(({ ctx, input }) => createPracticeMeasure(ctx.tx, ctx.actor, input)),
  update: practiceProcedure('measures:define')
    .input(ZUpdatePracticeMeasureInput)
    .output(ZSaved)
    .mutation(({ ctx, input }) => updatePracticeMeasure(ctx.tx, ctx.actor, input)),
  retire: practiceProcedure('measures:define')
    .input(ZPracticeMeasureIdInput)
    .output(z.object({ id: z.uuid(), retired: z.boolean() }))
    .mutation(({ ctx, input }) => retirePracticeMeasure(ctx.tx, ctx.actor, input)),
});

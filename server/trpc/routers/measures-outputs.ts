// What the measures procedures send back, field by field: staff get scores and answers, a partner
// gets only their own due list.
import { z } from 'zod';
import { measureTiming } from '@/db/schema';
import { ZMeasureSlug } from '@/server/services/measures/catalogue';

export const ZDueMeasure = z.object({
  measure: ZMeasureSlug,
  title: z.string(),
  questions: z.number().int(),
  sessionId: z.uuid().nullable(),
  sessionStartsAt: z.date().nullable(),
});

const ZAlert = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('alliance-split'),
    partnerId: z.uuid(),
    why: z.enum(['lower than partner', 'falling']),
    from: z.number(),
    to: z.number(),
  }),
  z.object({
    kind: z.literal('worse'),
    measure: ZMeasureSlug,
    partnerId: z.uuid(),
    from: z.number(),
    to: z.number(),
  }),
  z.object({
    kind: z.literal('not-improving'),
    measure: ZMeasureSlug,
    partnerId: z.uuid(),
    from: z.number(),
    to: z.number(),
    answers: z.number().int(),
  }),
]);

export const ZCoupleMeasures = z.object({
  coupleId: z.uuid(),
  partners: z.array(z.object({ id: z.uuid(), name: z.string() })),
  measures: z.array(
    z.object({
      measure: ZMeasureSlug,
      schedule: z
        .object({
          measure: z.string(),
          timing: z.enum(measureTiming.enumValues),
          intervalWeeks: z.number().int().nullable(),
          hoursBefore: z.number().int(),
        })
        .nullable(),
      occasions: z.array(
        z.object({
          key: z.string(),
          at: z.date(),
          sessionId: z.uuid().nullable(),
          scores: z.record(z.string(), z.number().nullable()),
        }),
      ),
      latestAnswers: z.array(
        z.object({ partnerId: z.uuid(), submittedAt: z.date(), answers: z.record(z.string(), z.number()) }),
      ),
    }),
  ),
  alerts: z.array(ZAlert),
});

// What the measures procedures send back, field by field: staff get scores and answers, a partner
// gets only their own due list.
import { z } from 'zod';
import { measureTiming } from '@/db/schema';
import { ZMeasureSlug } from '@/server/services/measures/catalogue';

const ZBand = z.object({ from: z.number(), label: z.string(), tone: z.enum(['calm', 'watch', 'concern']) });

/** A measure as staff read it: what it asks, how it scores, its thresholds and licence. */
export const ZMeasureDefinition = z.object({
  slug: ZMeasureSlug,
  title: z.string(),
  clientTitle: z.string(),
  about: z.enum(['self', 'relationship', 'therapy']),
  instructions: z.string(),
  items: z.array(z.object({ id: z.string(), text: z.string(), group: z.string().optional() })).readonly(),
  choices: z.array(z.object({ value: z.number(), label: z.string() })).readonly(),
  choiceLayout: z.enum(['list', 'scale']).optional(),
  scoring: z.enum(['sum', 'mean']),
  range: z.tuple([z.number(), z.number()]).readonly(),
  better: z.enum(['lower', 'higher']),
  bands: z.array(ZBand).readonly(),
  reliableChange: z.number().nullable(),
  clinicalCutOff: z.number().nullable(),
  licence: z.string(),
  safetyItem: z.string().optional(),
  retired: z.boolean().optional(),
});

/** What the portal's questionnaire page shows a partner: the questions, never scoring or bands. */
export const ZQuestionnaire = z.object({
  slug: ZMeasureSlug,
  clientTitle: z.string(),
  instructions: z.string(),
  items: z.array(z.object({ id: z.string(), text: z.string(), group: z.string().optional() })),
  choices: z.array(z.object({ value: z.number(), label: z.string() })),
  choiceLayout: z.enum(['list', 'scale']).optional(),
  licence: z.string(),
  safetyItem: z.string().nullable(),
});

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
      definition: ZMeasureDefinition,
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
  /** Measures the counselor may start asking: built-ins and the practice's active own. */
  addable: z.array(z.object({ measure: ZMeasureSlug, title: z.string(), own: z.boolean() })),
});

// The questions of one measure as the portal shows them to the signed-in partner: only a measure
// the practice has (a practice measure only when row-level security lets this partner read it).
import { z } from 'zod';
import type { Tx } from '@/db/client';
import type { Actor } from '../actor';
import { ZMeasureSlug } from './catalogue';
import { getMeasureDefinition } from './measure-definitions';

export const ZQuestionnaireInput = z.object({ measure: ZMeasureSlug });

export async function getQuestionnaire(tx: Tx, actor: Actor, input: z.infer<typeof ZQuestionnaireInput>) {
  const measure = await getMeasureDefinition(tx, actor.practiceId, input.measure);
  return {
    slug: measure.slug,
    clientTitle: measure.clientTitle,
    instructions: measure.instructions,
    items: measure.items.map((item) => ({ id: item.id, text: item.text, group: item.group })),
    choices: measure.choices.map((choice) => ({ value: choice.value, label: choice.label })),
    choiceLayout: measure.choiceLayout,
    licence: measure.licence,
    safetyItem: measure.safetyItem ?? null,
  };
}

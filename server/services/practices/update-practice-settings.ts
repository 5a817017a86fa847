// Owners and admins set how the practice works: its name, the time zone sessions are booked in,
// the office address in-person sessions happen at (unless a session names its own place),
// who sees a new homework answer unless its author chooses otherwise (answers already saved keep
// theirs), and the template new session notes start from (notes already started keep theirs).
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { answerVisibility, noteTemplate, practices } from '@/db/schema';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { ZTimeZone } from './time-zone';

export const ZPracticeSettingsInput = z.object({
  name: z.string().trim().min(2, 'Enter the practice name.').max(120),
  timeZone: ZTimeZone,
  noteTemplate: z.enum(noteTemplate.enumValues),
  defaultAnswerVisibility: z.enum(answerVisibility.enumValues),
  officeAddress: z
    .string()
    .trim()
    .max(200, 'Keep the address under 200 characters.')
    .refine((address) => !/\p{Cc}/u.test(address), 'Write the address on one line.'),
});
type TPracticeSettingsInput = z.infer<typeof ZPracticeSettingsInput>;

export async function updatePracticeSettings(tx: Tx, actor: Actor, input: TPracticeSettingsInput) {
  await tx.update(practices).set(input).where(eq(practices.id, actor.practiceId));
  await recordAudit(tx, actor, {
    action: 'practice.settings-changed',
    targetType: 'practice',
    targetId: actor.practiceId,
    metadata: {
      timeZone: input.timeZone,
      noteTemplate: input.noteTemplate,
      defaultAnswerVisibility: input.defaultAnswerVisibility,
      officeAddress: input.officeAddress,
    },
  });
  return { practiceId: actor.practiceId };
}

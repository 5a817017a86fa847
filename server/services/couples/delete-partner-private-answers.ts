// Staff delete a partner's private answers when the partner asks (e.g. on leaving). Staff never
// read those answers: a narrow database function deletes them and answers only how many went.
// The other partner's answers, joint answers and the clinical record stay. Audited with the count.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type Tx } from '@/db/client';
import { notFound } from '@/server/errors';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { findVisibleCouple } from '../homework/visible-couple';

export const ZDeletePartnerPrivateAnswersInput = z.object({
  coupleId: z.uuid(),
  partnerId: z.uuid(),
  confirm: z.literal(true),
});

export async function deletePartnerPrivateAnswers(
  tx: Tx,
  actor: Actor,
  input: z.infer<typeof ZDeletePartnerPrivateAnswersInput>,
) {
  const couple = await findVisibleCouple(tx, actor, input.coupleId);
  if (!couple.partners.some((p) => p.id === input.partnerId)) throw notFound('Partner');
  const [row] = await queryRows<{ deleted: number }>(
    tx,
    sql`select app_delete_partner_private_answers(${input.partnerId}) as deleted`,
  );
  const deleted = row?.deleted ?? 0;
  await recordAudit(tx, actor, {
    action: 'couple.partner_private_answers_deleted',
    targetType: 'partner',
    targetId: input.partnerId,
    metadata: { coupleId: couple.id, deleted },
  });
  return { deleted };
}

// A client deletes their own private answers (e.g. before leaving the couple's counseling). Only
// answers marked private and written by them go: joint answers, answers they shared, the partner's
// answers and the clinical record stay. The database allows nothing more (responses policy).
// Audited with the count, never the content.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { responses } from '@/db/schema';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { getPortalPeople } from '../homework/portal/get-portal-people';

/** The form's explicit confirmation: nothing is deleted without it. */
export const ZDeletePrivateAnswersInput = z.object({ confirm: z.literal(true) });

export async function deleteMyPrivateAnswers(tx: Tx, actor: Actor) {
  const { me } = await getPortalPeople(tx, actor);
  const gone = await tx
    .delete(responses)
    .where(
      and(
        eq(responses.practiceId, actor.practiceId),
        eq(responses.partnerId, me.partnerId),
        eq(responses.visibility, 'private'),
      ),
    )
    .returning({ id: responses.id });
  await recordAudit(tx, actor, {
    action: 'portal.private_answers_deleted',
    targetType: 'partner',
    targetId: me.partnerId,
    metadata: { deleted: gone.length },
  });
  return { deleted: gone.length };
}

// A partner sends their private check-in. It is stored sealed; answers that point to danger raise
// a flag for the counselor in the same transaction. Nothing about it is mailed (DESIGN.md: nothing
// about safety goes into email): the counselor's only mail is a content-free "needs your
// attention" (server/jobs/nudges/attention-needed.ts). A check-in that is not due (a double
// submit, a second tab) is not stored again.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { safetyCheckIns, safetyFlags } from '@/db/schema';
import type { Actor } from '../actor';
import { concerningAnswers, type TCheckInAnswers } from './check-in-questions';
import { getPortalSafety, loadMyPartner } from './portal-safety';
import { sealCheckIn } from './sealed-safety';

export async function submitCheckIn(tx: Tx, actor: Actor, input: TCheckInAnswers) {
  const mine = await loadMyPartner(tx, actor);
  // Serialises two submits of the same partner; the client may not lock rows it cannot update.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`safety-check-in:${mine.partnerId}`}))`);
  if (!(await getPortalSafety(tx, actor)).checkInDue) return { recorded: false };
  const id = randomUUID();
  await tx.insert(safetyCheckIns).values({
    practiceId: actor.practiceId,
    id,
    coupleId: mine.coupleId,
    partnerId: mine.partnerId,
    answersCiphertext: sealCheckIn(actor.practiceId, id, input),
  });
  if (concerningAnswers(input).length > 0) {
    // No RETURNING: the partner raises the flag but may not read it back.
    await tx.insert(safetyFlags).values({
      practiceId: actor.practiceId,
      coupleId: mine.coupleId,
      partnerId: mine.partnerId,
      checkInId: id,
    });
  }
  return { recorded: true };
}

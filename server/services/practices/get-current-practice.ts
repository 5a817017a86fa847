import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { practices, users } from '@/db/schema';
import { loadPracticeAccess } from '@/server/billing/entitlements/load-practice-access';
import { notFound } from '@/server/errors';
import type { Actor } from '../actor';

export async function getCurrentPractice(tx: Tx, actor: Actor) {
  const [practice] = await tx
    .select({
      id: practices.id,
      name: practices.name,
      timeZone: practices.timeZone,
      noteTemplate: practices.noteTemplate,
      defaultAnswerVisibility: practices.defaultAnswerVisibility,
      officeAddress: practices.officeAddress,
    })
    .from(practices)
    .where(eq(practices.id, actor.practiceId));
  const [me] = await tx
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, actor.userId));
  if (!practice || !me) throw notFound('Practice');
  const { level, reason, readOnlyFrom } = await loadPracticeAccess(tx, actor.practiceId);
  // Clients learn only whether they can save; why, and when it changes, is the practice's business.
  const access =
    actor.role === 'client' ? { level, reason: null, readOnlyFrom: null } : { level, reason, readOnlyFrom };
  return { ...practice, role: actor.role, me, access };
}

import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { practices, users } from '../../../db/schema';
import { notFound } from '../../errors';
import type { Actor } from '../actor';

export async function getCurrentPractice(tx: Tx, actor: Actor) {
  const [practice] = await tx
    .select({
      id: practices.id,
      name: practices.name,
      timeZone: practices.timeZone,
      noteTemplate: practices.noteTemplate,
    })
    .from(practices)
    .where(eq(practices.id, actor.practiceId));
  const [me] = await tx
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, actor.userId));
  if (!practice || !me) throw notFound('Practice');
  return { ...practice, role: actor.role, me };
}

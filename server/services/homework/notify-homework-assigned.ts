// Tells each partner who has joined that new homework is waiting: one email per partner it is
// for, written in the assigning transaction, with no title or content (see emails/email-props.ts).
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { partners, practices } from '@/db/schema';
import { enqueueEmail } from '@/server/email/enqueue-email';
import { env } from '@/server/env';
import type { Actor } from '../actor';

export async function notifyHomeworkAssigned(
  tx: Tx,
  actor: Actor,
  homework: { coupleId: string; partnerId: string | null; assignmentIds: string[] },
) {
  const [first] = homework.assignmentIds;
  if (!first) return;
  const joined = await tx
    .select({
      id: partners.id,
      userId: partners.userId,
      displayName: partners.displayName,
      email: partners.email,
    })
    .from(partners)
    .where(
      and(
        eq(partners.practiceId, actor.practiceId),
        eq(partners.coupleId, homework.coupleId),
        isNotNull(partners.userId),
        homework.partnerId ? eq(partners.id, homework.partnerId) : undefined,
      ),
    );
  if (joined.length === 0) return;
  const [practice] = await tx
    .select({ name: practices.name })
    .from(practices)
    .where(eq(practices.id, actor.practiceId));
  const practiceName = practice?.name ?? 'your practice';
  for (const partner of joined) {
    if (!partner.userId) continue;
    await enqueueEmail(tx, {
      to: partner.email,
      template: 'homework-assigned',
      // One assign call is one message per partner, however many exercises it carries.
      idempotencyKey: `homework-assigned:${first}:${partner.id}`,
      sender: { practiceId: actor.practiceId, name: practiceName },
      nudge: { recipientUserId: partner.userId, category: 'homework' },
      props: {
        practiceName,
        recipientName: partner.displayName,
        url: `${env().appUrl}/portal/${actor.practiceId}`,
        exerciseCount: homework.assignmentIds.length,
      },
    });
  }
}

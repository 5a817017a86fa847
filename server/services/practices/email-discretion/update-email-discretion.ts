// Owners and admins choose whether mail to clients is discreet by default, and its sender name.
// Clients who chose for themselves keep their choice. It applies to every message not yet tried,
// queued ones included (server/jobs/delivery/message-version.ts). Audited with the values.
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { practices } from '@/db/schema';
import type { Actor } from '@/server/services/actor';
import { recordAudit } from '@/server/services/audit/record-audit';
import type { TEmailDiscretion } from './email-discretion-shape';
import { getEmailDiscretion } from './get-email-discretion';

export async function updateEmailDiscretion(tx: Tx, actor: Actor, input: TEmailDiscretion) {
  await tx
    .update(practices)
    .set({ discreetClientEmail: input.discreetByDefault, discreetSenderName: input.senderName })
    .where(eq(practices.id, actor.practiceId));
  await recordAudit(tx, actor, {
    action: 'practice.email-discretion-changed',
    targetType: 'practice',
    targetId: actor.practiceId,
    metadata: { discreetByDefault: input.discreetByDefault, senderName: input.senderName },
  });
  return getEmailDiscretion(tx, actor.practiceId);
}

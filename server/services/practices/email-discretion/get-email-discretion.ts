import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { practices } from '@/db/schema';
import { notFound } from '@/server/errors';
import type { TEmailDiscretion } from './email-discretion-shape';

export async function getEmailDiscretion(tx: Tx, practiceId: string): Promise<TEmailDiscretion> {
  const [row] = await tx
    .select({ discreetByDefault: practices.discreetClientEmail, senderName: practices.discreetSenderName })
    .from(practices)
    .where(eq(practices.id, practiceId));
  if (!row) throw notFound('Practice');
  return row;
}

import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { practices } from '@/db/schema';
import { notFound } from '@/server/errors';

/** The IANA zone the practice enters and reads session times in. */
export async function practiceTimeZone(tx: Tx, practiceId: string): Promise<string> {
  const [practice] = await tx
    .select({ timeZone: practices.timeZone })
    .from(practices)
    .where(eq(practices.id, practiceId));
  if (!practice) throw notFound('Practice');
  return practice.timeZone;
}

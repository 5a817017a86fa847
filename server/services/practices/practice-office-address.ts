import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { practices } from '@/db/schema';
import { notFound } from '@/server/errors';

/** Where the practice's in-person sessions happen unless a session names its own place ('' if unset). */
export async function practiceOfficeAddress(tx: Tx, practiceId: string): Promise<string> {
  const [practice] = await tx
    .select({ officeAddress: practices.officeAddress })
    .from(practices)
    .where(eq(practices.id, practiceId));
  if (!practice) throw notFound('Practice');
  return practice.officeAddress;
}

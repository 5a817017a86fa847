// Refuses new work for a couple whose file is closed. FOR SHARE: a closing in flight is waited for
// and then seen, so a session booked or homework assigned at the same moment cannot slip in after
// the closing cancelled the couple's sessions.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { couples } from '@/db/schema';
import { AppError } from '@/server/errors';

export async function assertCoupleOpen(tx: Tx, practiceId: string, coupleId: string, refused: string) {
  const [couple] = await tx
    .select({ status: couples.status })
    .from(couples)
    .where(and(eq(couples.practiceId, practiceId), eq(couples.id, coupleId)))
    .for('share');
  if (couple?.status === 'closed')
    throw new AppError('BAD_REQUEST', `This couple’s file is closed, so ${refused}.`);
}

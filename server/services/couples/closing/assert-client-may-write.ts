// The ladder's closed-file step: once a counselor closes a couple's file, its partners can still
// sign in, read everything and take their data out, but every change they could make is refused
// here, before the procedure runs, whatever the procedure (so a new client procedure is covered
// without remembering to). A procedure that must stay open says so with `openWhenCoupleClosed` in
// its meta, beside the reason (server/trpc/init.ts documents the flag).

import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { couples, partners } from '@/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '@/server/services/actor';

export const COUPLE_CLOSED_MESSAGE =
  'Your counselor has closed this file, so nothing here can be changed. You can still read and download everything.';

export async function assertClientMayWrite(
  tx: Tx,
  actor: Actor,
  call: { type: string; openWhenCoupleClosed: boolean },
) {
  if (actor.role !== 'client' || call.type !== 'mutation' || call.openWhenCoupleClosed) return;
  const [mine] = await tx
    .select({ status: couples.status })
    .from(partners)
    .innerJoin(couples, and(eq(couples.practiceId, partners.practiceId), eq(couples.id, partners.coupleId)))
    .where(and(eq(partners.practiceId, actor.practiceId), eq(partners.userId, actor.userId)));
  if (mine?.status === 'closed') throw new AppError('FORBIDDEN', COUPLE_CLOSED_MESSAGE);
}

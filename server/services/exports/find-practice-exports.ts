// The practice's recent exports with their progress, newest first (never the files themselves).
import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { memberships, practiceExports, users } from '@/db/schema';
import type { Actor } from '../actor';

/** Exports are kept a week; a page of 20 covers every export anyone still needs. */
const PAGE = 20;

export async function findPracticeExports(tx: Tx, actor: Actor) {
  const items = await tx
    .select({
      id: practiceExports.id,
      status: practiceExports.status,
      progressDone: practiceExports.progressDone,
      progressTotal: practiceExports.progressTotal,
      error: practiceExports.error,
      sizeBytes: practiceExports.sizeBytes,
      createdAt: practiceExports.createdAt,
      finishedAt: practiceExports.finishedAt,
      expiresAt: practiceExports.expiresAt,
      requestedBy: users.name,
    })
    .from(practiceExports)
    .innerJoin(
      memberships,
      and(
        eq(memberships.practiceId, practiceExports.practiceId),
        eq(memberships.id, practiceExports.requestedById),
      ),
    )
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(practiceExports.practiceId, actor.practiceId))
    .orderBy(desc(practiceExports.createdAt))
    .limit(PAGE);
  return { items };
}

// An owner or admin asks for a practice export; the worker builds it. Asking again while one is
// queued or running answers with that one (the unique index on live exports settles a race).
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { practiceExports } from '@/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { exportEntityNames } from './build-practice-export';

export async function requestPracticeExport(tx: Tx, actor: Actor) {
  const [created] = await tx
    .insert(practiceExports)
    .values({
      practiceId: actor.practiceId,
      requestedById: actor.membershipId,
      progressTotal: exportEntityNames().length,
    })
    .onConflictDoNothing()
    .returning({ id: practiceExports.id });
  if (created) {
    await recordAudit(tx, actor, {
      action: 'export.requested',
      targetType: 'practice_export',
      targetId: created.id,
    });
    return { exportId: created.id, created: true };
  }
  const [live] = await tx
    .select({ id: practiceExports.id })
    .from(practiceExports)
    .where(
      and(
        eq(practiceExports.practiceId, actor.practiceId),
        inArray(practiceExports.status, ['queued', 'running']),
      ),
    );
  // The one in the making finished between the two statements.
  if (!live) throw new AppError('CONFLICT', 'An export just finished. Ask again for a new one.');
  return { exportId: live.id, created: false };
}

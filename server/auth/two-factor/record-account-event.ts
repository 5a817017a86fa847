// A person's own security changes (two-factor on or off, recovery codes) belong to no one
// practice, so each practice they work in as staff gets the event in its audit log. Runs on the
// system connection inside the caller's transaction, with the change it records.
import { and, eq, ne } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { memberships } from '@/db/schema';
import type { RequestMeta } from '@/server/services/actor';
import { recordAudit } from '@/server/services/audit/record-audit';

type AccountEvent =
  | 'user.two-factor-enabled'
  | 'user.two-factor-disabled'
  | 'user.recovery-codes-regenerated'
  | 'user.recovery-code-used';

export async function recordAccountEvent(
  db: DbOrTx,
  userId: string,
  meta: RequestMeta,
  action: AccountEvent,
  metadata?: Record<string, string | number | boolean | null>,
) {
  const staffOf = await db
    .select({ practiceId: memberships.practiceId })
    .from(memberships)
    .where(
      and(eq(memberships.userId, userId), eq(memberships.status, 'active'), ne(memberships.role, 'client')),
    );
  for (const { practiceId } of staffOf) {
    await recordAudit(
      db,
      { practiceId, userId, meta },
      { action, targetType: 'user', targetId: userId, metadata },
    );
  }
}

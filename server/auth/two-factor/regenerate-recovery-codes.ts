// A new set of recovery codes (the old ones stop working), after the person confirms it is them.
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { userTwoFactor } from '@/db/schema';
import { AppError } from '@/server/errors';
import type { RequestMeta } from '@/server/services/actor';
import { confirmIdentity } from './confirm-identity';
import { recordAccountEvent } from './record-account-event';
import { replaceRecoveryCodes } from './replace-recovery-codes';

export async function regenerateRecoveryCodes(
  db: Db,
  userId: string,
  confirmation: string,
  meta: RequestMeta,
  now = new Date(),
) {
  await assertEnabled(db, userId);
  await confirmIdentity(db, userId, confirmation, now);
  return db.transaction(async (tx) => {
    const recoveryCodes = await replaceRecoveryCodes(tx, userId, now);
    await recordAccountEvent(tx, userId, meta, 'user.recovery-codes-regenerated');
    return { recoveryCodes };
  });
}

export async function assertEnabled(db: Db, userId: string) {
  const [row] = await db
    .select({ userId: userTwoFactor.userId })
    .from(userTwoFactor)
    .where(and(eq(userTwoFactor.userId, userId), isNotNull(userTwoFactor.enabledAt)));
  if (!row) throw new AppError('BAD_REQUEST', 'Two-factor sign-in is not on.');
}

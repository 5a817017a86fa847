// Turning two-factor sign-in off: refused while a practice the person works in requires it;
// otherwise, after a current code or the password, the secret and every recovery code are deleted.
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { recoveryCodes, userTwoFactor } from '@/db/schema';
import { AppError } from '@/server/errors';
import type { RequestMeta } from '@/server/services/actor';
import { confirmIdentity } from './confirm-identity';
import { practicesRequiringTwoFactor } from './get-two-factor-status';
import { recordAccountEvent } from './record-account-event';
import { assertEnabled } from './regenerate-recovery-codes';

export async function disableTwoFactor(
  db: Db,
  userId: string,
  confirmation: string,
  meta: RequestMeta,
  now = new Date(),
) {
  await assertEnabled(db, userId);
  const requiredBy = await practicesRequiringTwoFactor(db, userId);
  if (requiredBy.length > 0) {
    const names = requiredBy.map((p) => p.name).join(', ');
    throw new AppError(
      'FORBIDDEN',
      `${names} ${requiredBy.length === 1 ? 'requires' : 'require'} two-factor sign-in, so it stays on. You can move it to a new phone instead.`,
    );
  }
  await confirmIdentity(db, userId, confirmation, now);
  await db.transaction(async (tx) => {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.delete(userTwoFactor).where(eq(userTwoFactor.userId, userId));
    await recordAccountEvent(tx, userId, meta, 'user.two-factor-disabled');
  });
  return { enabled: false as const };
}

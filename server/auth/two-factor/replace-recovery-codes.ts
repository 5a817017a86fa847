import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { recoveryCodes } from '@/db/schema';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes';

/** A new set of codes in place of every old one, used or not; the plain codes go to the person once. */
export async function replaceRecoveryCodes(tx: DbOrTx, userId: string, now = new Date()): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx
    .insert(recoveryCodes)
    .values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(userId, code), createdAt: now })));
  return codes;
}

// A new practice with its first user as owner, once a sign-up's email is confirmed
// (complete-sign-up.ts). Runs on the system connection because the practice does not exist yet to
// scope a tenant transaction to.
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { memberships, practices, users } from '@/db/schema';
import { PASSWORD_MIN_LENGTH } from '@/server/auth/password';
import { AppError } from '@/server/errors';
import type { RequestMeta } from '../actor';
import { recordAudit } from '../audit/record-audit';
import { DEFAULT_TIME_ZONE, ZTimeZone } from './time-zone';

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Enter a valid email address.' }).max(254));
export const ZPersonName = z.string().trim().min(1, 'Enter a name.').max(120);
export const ZNewPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(200, 'Use at most 200 characters.');

export const ZCreatePracticeInput = z.object({
  practiceName: z.string().trim().min(2, 'Enter the practice name.').max(120),
  timeZone: ZTimeZone.default(DEFAULT_TIME_ZONE),
  name: ZPersonName,
  email: ZEmail,
  password: ZNewPassword,
});
export type TCreatePracticeInput = z.infer<typeof ZCreatePracticeInput>;

/** The sign-up form as kept until the email is confirmed: the password only as its hash. */
export type TNewPractice = Omit<TCreatePracticeInput, 'password'> & { passwordHash: string };

export async function createPractice(db: DbOrTx, input: TNewPractice, meta: RequestMeta) {
  const { passwordHash } = input;
  return db.transaction(async (tx) => {
    // The insert is the existence check: a look-up first would let two simultaneous sign-ups with
    // one email both pass it, and the loser would fail on the unique index instead of getting CONFLICT.
    const [user] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, passwordHash })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!user) throw new AppError('CONFLICT', 'An account with this email already exists. Sign in instead.');
    const [practice] = await tx
      .insert(practices)
      .values({ name: input.practiceName, timeZone: input.timeZone })
      .returning({ id: practices.id });
    if (!practice) throw new Error('practice insert returned nothing');
    await tx.insert(memberships).values({ practiceId: practice.id, userId: user.id, role: 'owner' });
    await recordAudit(
      tx,
      { practiceId: practice.id, userId: user.id, meta },
      { action: 'practice.created', targetType: 'practice', targetId: practice.id },
    );
    return { practiceId: practice.id, userId: user.id };
  });
}

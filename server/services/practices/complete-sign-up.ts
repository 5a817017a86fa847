// Following a sign-up link: the practice and its owner are created only now, and only for someone
// who holds the link (owns the inbox) and knows the password chosen on the form. Asking for the
// password again means a person cannot be handed an account whose password a stranger set, by
// a stranger signing up with their address and waiting for them to click.
import { and, eq, gt } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { signUpRequests } from '@/db/schema';
import { verifyPassword } from '@/server/auth/password';
import { RATE_LIMITS, takeRateLimit } from '@/server/auth/rate-limit';
import { hashToken } from '@/server/auth/tokens';
import { AppError } from '@/server/errors';
import type { RequestMeta } from '../actor';
import { createPractice } from './create-practice';

export const ZCompleteSignUpInput = z.object({
  token: z.string().min(20).max(200),
  password: z.string().min(1, 'Enter your password.').max(200),
});
type TCompleteSignUpInput = z.infer<typeof ZCompleteSignUpInput>;

const LINK_GONE = 'This link has expired or was already used. Sign up again to get a new one.';

export async function completeSignUp(
  db: Db,
  input: TCompleteSignUpInput,
  meta: RequestMeta,
  now = new Date(),
): Promise<{ practiceId: string; userId: string; email: string }> {
  const tokenHash = hashToken(input.token);
  if (!(await takeRateLimit(db, `signup-confirm:${tokenHash}`, RATE_LIMITS.signUpConfirmPerLink, now))) {
    throw new AppError('TOO_MANY_REQUESTS', 'Too many attempts. Wait 15 minutes and try again.');
  }
  const live = and(eq(signUpRequests.tokenHash, tokenHash), gt(signUpRequests.expiresAt, now));
  const [request] = await db.select().from(signUpRequests).where(live);
  if (!request) throw new AppError('NOT_FOUND', LINK_GONE);
  if (!(await verifyPassword(request.passwordHash, input.password))) {
    throw new AppError('UNAUTHORIZED', 'That is not the password you chose when you signed up.');
  }
  return db.transaction(async (tx) => {
    // Spending the link (and the copy of the password hash with it) is the guard against a double
    // submit: only one of two gets the row.
    const [spent] = await tx
      .delete(signUpRequests)
      .where(and(eq(signUpRequests.id, request.id), live))
      .returning({ id: signUpRequests.id });
    if (!spent) throw new AppError('NOT_FOUND', LINK_GONE);
    const { email, name, practiceName, timeZone, passwordHash } = request;
    const created = await createPractice(tx, { email, name, practiceName, timeZone, passwordHash }, meta);
    return { ...created, email };
  });
}

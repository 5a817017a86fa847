// The sign-up form. It answers the same, after the same work, whatever the address: a new address
// gets a link that finishes the sign-up (complete-sign-up.ts), an address that already has an
// account gets a note saying so, with a sign-in link. Nothing else tells them apart: the password
// is hashed on both paths and both write one message to the outbox, so a client's address cannot
// be found out from the answer or its timing.
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberships, signUpRequests, users } from '@/db/schema';
import { hashPassword } from '@/server/auth/password';
import { RATE_LIMITS, takeRateLimit, windowStart } from '@/server/auth/rate-limit';
import { hashToken, newToken } from '@/server/auth/tokens';
import { enqueueEmail } from '@/server/email/enqueue-email';
import { env } from '@/server/env';
import type { RequestMeta } from '../actor';
import type { TCreatePracticeInput } from './create-practice';

export const SIGN_UP_LINK_MINUTES = 60;

export async function requestSignUp(
  db: Db,
  input: TCreatePracticeInput,
  meta: RequestMeta,
  now = new Date(),
): Promise<'sent' | 'rate-limited'> {
  // Counted before the address is looked up, so a limit reached answers alike for every address.
  const allowed =
    (await takeRateLimit(db, `signup:ip:${meta.ip ?? 'unknown'}`, RATE_LIMITS.signUpPerIp, now)) &&
    (await takeRateLimit(db, `signup:email:${input.email}`, RATE_LIMITS.signUpPerEmail, now));
  if (!allowed) return 'rate-limited';
  const { password, ...form } = input;
  const passwordHash = await hashPassword(password);
  const appUrl = env().appUrl;
  await db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: users.id, passwordHash: users.passwordHash, clientPracticeId: memberships.practiceId })
      .from(users)
      .leftJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.role, 'client')))
      .where(eq(users.email, input.email))
      .limit(1);
    if (existing) {
      // One note per address per rate-limit window, however often the form is sent.
      const window = windowStart(now, RATE_LIMITS.signUpPerEmail.windowSeconds).toISOString();
      await enqueueEmail(tx, {
        to: input.email,
        template: 'sign-up-existing',
        idempotencyKey: `sign-up-existing:${hashToken(input.email)}:${window}`,
        ...signUpExistingNote(existing, appUrl),
      });
      return;
    }
    const { token, tokenHash } = newToken();
    const [request] = await tx
      .insert(signUpRequests)
      .values({
        ...form,
        passwordHash,
        tokenHash,
        createdAt: now,
        expiresAt: new Date(now.getTime() + SIGN_UP_LINK_MINUTES * 60_000),
      })
      .returning({ id: signUpRequests.id });
    if (!request) throw new Error('sign-up request insert returned nothing');
    await enqueueEmail(tx, {
      to: input.email,
      template: 'sign-up-confirm',
      idempotencyKey: `sign-up:${request.id}`,
      props: { url: `${appUrl}/sign-up/confirm?token=${token}`, expiresInMinutes: SIGN_UP_LINK_MINUTES },
    });
  });
  return 'sent';
}

/**
 * Clients have no password: their way in is the emailed link, and their copy goes out discreetly or
 * not by their own and their practice's choice, decided at delivery like every client message.
 */
function signUpExistingNote(
  existing: { id: string; passwordHash: string | null; clientPracticeId: string | null },
  appUrl: string,
) {
  const url = `${appUrl}${existing.passwordHash ? '/sign-in' : '/sign-in/link'}`;
  if (existing.passwordHash || !existing.clientPracticeId) return { props: { kind: 'staff' as const, url } };
  return {
    sender: { practiceId: existing.clientPracticeId, name: 'Ninefold' },
    recipientUserId: existing.id,
    props: { kind: 'client' as const, url },
  };
}

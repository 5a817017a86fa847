// What the page behind a sign-up link shows. System connection: the token is the only key.
import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { signUpRequests } from '@/db/schema';
import { hashToken } from '@/server/auth/tokens';

/** The waiting sign-up the token finishes, or null when the link is unknown, used or expired. */
export async function getSignUpRequest(db: Db, token: string, now = new Date()) {
  const [request] = await db
    .select({ email: signUpRequests.email, practiceName: signUpRequests.practiceName })
    .from(signUpRequests)
    .where(and(eq(signUpRequests.tokenHash, hashToken(token)), gt(signUpRequests.expiresAt, now)));
  return request ?? null;
}

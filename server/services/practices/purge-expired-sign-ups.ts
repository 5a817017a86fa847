// Sign-ups whose link was never followed: their rows hold a password hash and an address that
// nobody confirmed, so they go once the link can no longer be used.
import { lte } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { signUpRequests } from '@/db/schema';

/** Deletes the sign-up requests whose link expired at or before `now`; answers how many. */
export async function purgeExpiredSignUps(db: Db, now: Date): Promise<number> {
  const gone = await db
    .delete(signUpRequests)
    .where(lte(signUpRequests.expiresAt, now))
    .returning({ id: signUpRequests.id });
  return gone.length;
}

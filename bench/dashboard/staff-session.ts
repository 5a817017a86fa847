// A signed-in counselor for the bench: an auth_sessions row made by the app's own createSession,
// and the next-auth session cookie that carries its id, encrypted as next-auth does it (the salt is
// the cookie name; over plain http the name has no __Secure- prefix).
import { encode } from 'next-auth/jwt';
import type { Db } from '@/db/client';
import { SESSION_LIMITS } from '@/server/auth/session-policy';
import { createSession } from '@/server/auth/sessions';

const SESSION_COOKIE = 'authjs.session-token';

type StaffSession = { sessionId: string; cookie: string };

export async function signInStaff(db: Db, userId: string, authSecret: string): Promise<StaffSession> {
  const sessionId = await createSession(db, userId, 'staff');
  const token = await encode({
    token: { sub: userId, sid: sessionId },
    secret: authSecret,
    salt: SESSION_COOKIE,
    maxAge: SESSION_LIMITS.staff.absoluteMs / 1000,
  });
  return { sessionId, cookie: `${SESSION_COOKIE}=${token}` };
}

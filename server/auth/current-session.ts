// The signed-in session for this request, or null. The cookie alone is not enough: the session
// row must exist, be unrevoked, within its idle and absolute limits, and its user active.
import { cache } from 'react';
import { getDb } from '../db';
import { auth } from './next-auth';
import { type AuthSession, checkSession } from './sessions';

export const getCurrentSession = cache(async (): Promise<AuthSession | null> => {
  const jwtSession = await auth();
  if (!jwtSession?.sid) return null;
  const { session } = await checkSession(await getDb(), jwtSession.sid);
  return session ?? null;
});

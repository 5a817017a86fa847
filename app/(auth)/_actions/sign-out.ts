'use server';
import { getCurrentSession } from '@/server/auth/current-session';
import { signOut } from '@/server/auth/next-auth';
import { revokeSession } from '@/server/auth/sessions';
import { getDb } from '@/server/db';

export async function signOutAction(): Promise<void> {
  const session = await getCurrentSession();
  if (session) await revokeSession(await getDb(), session.sessionId);
  await signOut({ redirectTo: '/sign-in?signed-out=1' });
}

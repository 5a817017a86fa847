'use server';
import { auth, signOut } from '../../../server/auth/next-auth';
import { revokeSession } from '../../../server/auth/sessions';
import { getDb } from '../../../server/db';

export async function signOutAction(): Promise<void> {
  const session = await auth();
  if (session?.sid) await revokeSession(await getDb(), session.sid);
  await signOut({ redirectTo: '/sign-in?signed-out=1' });
}

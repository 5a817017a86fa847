// How many statements one dashboard call sends, counted by postgres.js's debug hook (every
// statement on the wire, BEGIN and COMMIT included). The call follows the request path: the
// session check against the database (with the membership in the named practice), then the
// procedure through the app's router.
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Db } from '@/db/client';
import * as schema from '@/db/schema';
import { checkSession, createSession } from '@/server/auth/sessions';
import { createCaller } from '@/server/trpc/root';
import { callDashboard } from './dashboard-call';

export async function countDashboardStatements(
  url: string,
  counselor: { userId: string; practiceId: string },
): Promise<number> {
  let counting = false;
  let statements = 0;
  const client = postgres(url, {
    max: 1,
    onnotice: () => {},
    debug: () => {
      if (counting) statements++;
    },
  });
  const db = drizzle(client, { schema, casing: 'snake_case' }) as unknown as Db;
  try {
    const sessionId = await createSession(db, counselor.userId, 'staff');
    const call = async () => {
      // As request-context.ts does: the membership in the named practice comes with the session.
      const { session } = await checkSession(db, sessionId, new Date(), counselor.practiceId);
      if (!session) throw new Error('the bench session was refused');
      const caller = createCaller({
        db,
        session,
        unverifiedPracticeId: counselor.practiceId,
        meta: { ip: '127.0.0.1', userAgent: 'bench' },
      });
      return callDashboard(caller);
    };
    // The first call also loads the connection's type information; count the second, as in steady state.
    await call();
    counting = true;
    await call();
    counting = false;
    return statements;
  } finally {
    await client.end({ timeout: 5 });
  }
}

// Runs work as one tenant: one transaction, the app role (no superuser, owns nothing, so RLS
// applies even on PGlite), and app.practice_id / app.user_id set for the policies.
import { sql } from 'drizzle-orm';
import type { Db, Tx } from './client';

export const APP_ROLE = 'ninefold_app';

type TenantScope = { practiceId: string; userId: string };

export function withTenant<T>(db: Db, scope: TenantScope, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('app.practice_id', ${scope.practiceId}, true), set_config('app.user_id', ${scope.userId}, true), set_config('role', ${APP_ROLE}, true)`,
    );
    return work(tx);
  });
}

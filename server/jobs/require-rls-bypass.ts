// The worker reads across practices (due nudges, recipients' preferences), which forced row-level
// security would silently hide from an ordinary role: refuse to start rather than send nothing.
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '@/db/client';

export async function requireRlsBypass(db: Db): Promise<void> {
  const [role] = await queryRows<{ bypass: boolean }>(
    db,
    sql`select (rolsuper or rolbypassrls) as bypass from pg_roles where rolname = current_user`,
  );
  if (!role?.bypass)
    throw new Error(
      'npm run worker needs a database role with BYPASSRLS (or a superuser): it finds due nudges across practices',
    );
}

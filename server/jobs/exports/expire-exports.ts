// Finished exports keep their file for a week (EXPORT_KEEP_DAYS); then the file is deleted and the
// export is listed as expired.
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '@/db/client';

export async function expireExports(db: Db, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const gone = await queryRows<{ practiceId: string; id: string }>(
      tx,
      sql`update practice_exports set status = 'expired'
        where status = 'ready' and expires_at <= ${now.toISOString()}
        returning practice_id as "practiceId", id`,
    );
    for (const { practiceId, id } of gone) {
      await tx.execute(
        sql`delete from practice_export_files where practice_id = ${practiceId} and export_id = ${id}`,
      );
    }
    return gone.length;
  });
}

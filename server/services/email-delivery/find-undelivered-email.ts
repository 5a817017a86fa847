// Messages sent for the practice that could not be delivered, for its owners and admins: who, which
// kind, why and when. Read through app_undelivered_email, which holds no bodies and checks the role.
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '@/db/client';

type UndeliveredEmail = {
  id: string;
  toEmail: string;
  template: string;
  attempts: number;
  reason: string;
  failedAt: Date;
};

type Row = {
  id: string;
  to_email: string;
  template: string;
  attempts: number;
  last_error: string | null;
  failed_at: Date | string;
};

export async function findUndeliveredEmail(tx: Tx, limit = 50): Promise<UndeliveredEmail[]> {
  const rows = await queryRows<Row>(tx, sql`select * from app_undelivered_email(${limit})`);
  return rows.map((row) => ({
    id: row.id,
    toEmail: row.to_email,
    template: row.template,
    attempts: row.attempts,
    reason: row.last_error ?? 'not delivered',
    failedAt: new Date(row.failed_at),
  }));
}

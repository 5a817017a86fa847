// Takes back nudges a change has made wrong before they are sent: a session's reminder once it is
// rescheduled or cancelled. Runs in the changing transaction, through app_withdraw_pending_email
// (the app role cannot otherwise touch the outbox).
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';

export async function withdrawPendingEmail(tx: Tx, keyPrefix: string, reason: string): Promise<void> {
  await tx.execute(sql`select app_withdraw_pending_email(${keyPrefix}, ${reason})`);
}

/** The prefix of every reminder the scheduler writes for one session (server/jobs/nudges). */
export const sessionReminderKeyPrefix = (sessionId: string) => `session-reminder:${sessionId}:`;

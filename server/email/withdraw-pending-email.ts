// Takes back nudges a change has made wrong before they are sent: a session's reminder once it is
// rescheduled or cancelled, every nudge of a couple whose file is closed. Runs in the changing
// transaction, through app_withdraw_pending_email (the app role cannot otherwise touch the outbox).
import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';

export async function withdrawPendingEmail(tx: Tx, keyPrefix: string, reason: string): Promise<void> {
  await tx.execute(sql`select app_withdraw_pending_email(${keyPrefix}, ${reason})`);
}

/** Every prefix at once, in one statement (closing a couple takes back all of its nudges). */
export async function withdrawPendingEmails(tx: Tx, keyPrefixes: string[], reason: string): Promise<void> {
  if (keyPrefixes.length === 0) return;
  const prefixes = sql.join(
    keyPrefixes.map((prefix) => sql`${prefix}`),
    sql`, `,
  );
  await tx.execute(
    sql`select app_withdraw_pending_email(prefix, ${reason}) from unnest(array[${prefixes}]::text[]) as prefix`,
  );
}

/** The prefix of every reminder the scheduler writes for one session (server/jobs/nudges). */
export const sessionReminderKeyPrefix = (sessionId: string) => `session-reminder:${sessionId}:`;

/** The homework due-soon and overdue reminders of one partner (server/jobs/nudges/homework-reminders). */
export const homeworkReminderKeyPrefixes = (partnerId: string) => [
  `homework-due-soon:${partnerId}:`,
  `homework-overdue:${partnerId}:`,
];

/** The "new homework" messages of one assign call, keyed by its first assignment (notify-homework-assigned). */
export const homeworkAssignedKeyPrefix = (assignmentId: string) => `homework-assigned:${assignmentId}:`;

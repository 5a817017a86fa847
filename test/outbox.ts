// What the app has mailed to an address, and the token in a message's link, for tests that follow
// an emailed link the way a person would.
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { emailOutbox } from '../db/schema';

export function outboxTo(db: Db, email: string) {
  return db
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.toEmail, email))
    .orderBy(asc(emailOutbox.createdAt));
}

/** The token of the first `<path>?token=...` link in a message's text. */
export function linkToken(text: string, path: '/magic' | '/invite' | '/sign-up/confirm'): string {
  const token = text.match(new RegExp(`${path}\\?token=([\\w-]+)`))?.[1];
  if (!token) throw new Error(`no ${path} link in: ${text}`);
  return token;
}

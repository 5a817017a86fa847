// Test helpers for the nudge scheduler: a fixed "now" a few days ahead (so homework assigned by
// the app counts as given on an earlier day), local calendar dates, preferences, sessions and
// answers written straight into the database where the app's own path is not what a test is about.
import { and, eq, like } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
  counselingSessions,
  emailOutbox,
  notificationPreferences,
  practices,
  responses,
} from '../db/schema/index';
import { utcToWallTime } from '../server/services/sessions/practice-time';
import { callerFor, type TestPractice } from './factories';
import { assignExercise, exerciseContent, secret } from './homework-fixtures';

const DAY_MS = 86_400_000;

/**
 * 22:00 UTC three days from today: 14:00-15:00 in Los Angeles, 17:00-18:00 in New York and
 * 10:00-11:00 the next day in Auckland (depending on summer time), all inside the homework window.
 */
export function schedulerNow(): Date {
  const day = new Date(Date.now() + 3 * DAY_MS).toISOString().slice(0, 10);
  return new Date(`${day}T22:00:00Z`);
}

/** The calendar date `days` after the one `zone`'s clocks show at `instant`. */
export function localDate(instant: Date, zone: string, days = 0): string {
  const { date } = utcToWallTime(instant, zone);
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The hour `zone`'s clocks show at `instant`. */
export const localHour = (instant: Date, zone: string) =>
  Number(utcToWallTime(instant, zone).time.slice(0, 2));

export async function setPracticeZone(db: Db, practiceId: string, timeZone: string) {
  await db.update(practices).set({ timeZone }).where(eq(practices.id, practiceId));
}

export async function setPreferences(
  db: Db,
  userId: string,
  values: Partial<typeof notificationPreferences.$inferInsert>,
) {
  await db
    .insert(notificationPreferences)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: notificationPreferences.userId, set: values });
}

/** Homework with a title no message may contain; returns its id and title. */
export async function assignSecret(
  db: Db,
  p: TestPractice,
  coupleId: string,
  dueOn: string,
  options: { partnerId?: string; together?: boolean } = {},
) {
  const title = secret('title');
  const content = exerciseContent('reflection', {
    title,
    participation: options.together ? 'together' : 'each-partner',
  });
  const id = await assignExercise(
    db,
    { userId: p.counselor.user.id, practiceId: p.practice.id },
    coupleId,
    content,
    { partnerId: options.partnerId, dueOn },
  );
  return { id, title };
}

/** Sends an answer as the partner, through the portal; returns the answer text. */
export async function submitSecret(db: Db, practiceId: string, userId: string, assignmentId: string) {
  const text = secret('answer');
  await callerFor(db, userId, practiceId, 'client').portal.homework.submit({
    assignmentId,
    body: { kind: 'reflection', answers: [text, text] },
    visibility: 'couple',
  });
  return text;
}

/** Moves an answer's submission time (the portal stamps the real clock). */
export async function backdateAnswer(db: Db, practiceId: string, assignmentId: string, submittedAt: Date) {
  await db
    .update(responses)
    .set({ submittedAt, updatedAt: submittedAt })
    .where(and(eq(responses.practiceId, practiceId), eq(responses.assignmentId, assignmentId)));
}

export async function addSession(
  db: Db,
  p: TestPractice,
  coupleId: string,
  startsAt: Date,
  status: 'scheduled' | 'attended' | 'cancelled' = 'scheduled',
) {
  const [session] = await db
    .insert(counselingSessions)
    .values({
      practiceId: p.practice.id,
      coupleId,
      counselorId: p.counselor.membership.id,
      createdById: p.counselor.membership.id,
      startsAt,
      durationMinutes: 50,
      format: 'video',
      location: secret('location'),
      status,
    })
    .returning();
  if (!session) throw new Error('no session');
  return session;
}

export function outboxWithPrefix(db: Db, prefix: string) {
  return db
    .select()
    .from(emailOutbox)
    .where(like(emailOutbox.idempotencyKey, `${prefix}%`));
}

export async function mailTo(db: Db, email: string, template: string) {
  const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.toEmail, email.toLowerCase()));
  return rows.filter((r) => r.template === template);
}

// The practice's reminder defaults: owners and admins set them (audited), and a client who has not
// chosen for themselves follows them everywhere a preference counts (their settings page, the nudge
// scheduler, delivery, one-click unsubscribe), while a client with their own choices keeps those.
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditEvents, emailOutbox, notificationPreferences } from '@/db/schema';
import { enqueueEmail } from '@/server/email/enqueue-email';
import { mailboxTransport } from '@/server/email/transports/mailbox-transport';
import { unsubscribeToken } from '@/server/email/unsubscribe-token';
import { deliverDueEmails } from '@/server/jobs/delivery/deliver-due-emails';
import { writeHomeworkDueSoon } from '@/server/jobs/nudges/homework-reminders';
import { unsubscribeByToken } from '@/server/services/notification-preferences/unsubscribe-by-token';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import {
  assignSecret,
  localDate,
  outboxWithPrefix,
  schedulerNow,
  setPracticeZone,
  setPreferences,
} from '@/test/nudge-fixtures';
import { createTestDb } from '@/test/test-db';

let t: DbHandle;
let p: TestPractice;
const LA = 'America/Los_Angeles';
/** Partner 0 of the couple never chose; partner 1 of the couple chose everything on, no quiet hours. */
let follower: TestPractice['couple']['partners'][number];
let chooser: TestPractice['couple']['partners'][number];

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
  await setPracticeZone(t.db, p.practice.id, LA);
  [follower, chooser] = p.couple.partners;
  await setPreferences(t.db, chooser.user.id, {
    homeworkNudges: true,
    sessionReminders: true,
    quietHoursStart: null,
    quietHoursEnd: null,
  });
});
afterAll(() => t?.close());

const owner = () => callerFor(t.db, p.owner.user.id, p.practice.id);
const clientApi = (person: typeof follower) => callerFor(t.db, person.user.id, p.practice.id, 'client');
/** Every other pending message waits, so a delivery run handles only these. */
async function onlyDue(keys: string[]) {
  await t.db
    .update(emailOutbox)
    .set({ nextAttemptAt: new Date('2100-01-01T00:00:00Z') })
    .where(eq(emailOutbox.status, 'pending'));
  await t.db
    .update(emailOutbox)
    .set({ nextAttemptAt: new Date('2026-11-25T06:00:00Z') })
    .where(inArray(emailOutbox.idempotencyKey, keys));
}

const homeworkOff = {
  homeworkNudges: false,
  sessionReminders: true,
  quietHours: { start: 22 * 60, end: 7 * 60 },
};

describe('setting the defaults', () => {
  it('starts from every nudge on and quiet from 21:00 to 08:00', async () => {
    expect(await owner().practice.reminderDefaults()).toEqual({
      homeworkNudges: true,
      sessionReminders: true,
      quietHours: { start: 21 * 60, end: 8 * 60 },
    });
  });

  it('lets an admin change them, audited with the new values', async () => {
    const admin = callerFor(t.db, p.admin.user.id, p.practice.id);
    expect(await admin.practice.updateReminderDefaults(homeworkOff)).toEqual(homeworkOff);
    expect(await owner().practice.reminderDefaults()).toEqual(homeworkOff);
    const audit = await t.db
      .select({ actor: auditEvents.actorUserId, metadata: auditEvents.metadata })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.practiceId, p.practice.id),
          eq(auditEvents.action, 'practice.reminder-defaults-changed'),
        ),
      );
    expect(audit).toEqual([
      {
        actor: p.admin.user.id,
        metadata: {
          homeworkNudges: false,
          sessionReminders: true,
          quietHoursStart: 1320,
          quietHoursEnd: 420,
        },
      },
    ]);
  });

  it('refuses counselors and clients, and quiet hours that start when they end', async () => {
    const counselor = callerFor(t.db, p.counselor.user.id, p.practice.id);
    await expect(counselor.practice.updateReminderDefaults(homeworkOff)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(clientApi(follower).practice.reminderDefaults()).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      owner().practice.updateReminderDefaults({ ...homeworkOff, quietHours: { start: 600, end: 600 } }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/different times/) });
    expect(await owner().practice.reminderDefaults()).toEqual(homeworkOff);
  });
});

describe('a client without their own choices follows them; one with their own keeps those', () => {
  beforeAll(async () => {
    await owner().practice.updateReminderDefaults(homeworkOff);
  });

  it('on their email settings page', async () => {
    expect(await clientApi(follower).preferences.get()).toMatchObject({
      homeworkNudges: false,
      sessionReminders: true,
      quietHours: { start: 22 * 60, end: 7 * 60 },
    });
    expect(await clientApi(chooser).preferences.get()).toMatchObject({
      homeworkNudges: true,
      quietHours: null,
    });
    // Staff keep the app's own defaults.
    const counselor = callerFor(t.db, p.counselor.user.id, p.practice.id);
    expect(await counselor.preferences.get()).toMatchObject({
      homeworkNudges: true,
      quietHours: { start: 21 * 60, end: 8 * 60 },
    });
  });

  it('in the nudge scheduler: homework due tomorrow is nudged to the chooser only', async () => {
    const now = schedulerNow();
    await assignSecret(t.db, p, p.couple.couple.id, localDate(now, LA, 1));
    await writeHomeworkDueSoon(t.db, now, 500);
    const written = await outboxWithPrefix(t.db, 'homework-due-soon:');
    expect(written.map((m) => m.toEmail)).toEqual([chooser.partner.email]);
  });

  it('at delivery: a homework email is skipped for the follower and sent to the chooser', async () => {
    const keys = await Promise.all(
      [follower, chooser].map(async (person) => {
        const key = `test-defaults:${person.partner.id}`;
        await enqueueEmail(t.db, {
          to: person.user.email,
          template: 'homework-assigned',
          idempotencyKey: key,
          sendAfter: new Date('2026-11-25T06:00:00Z'),
          sender: { practiceId: p.practice.id, name: p.practice.name },
          nudge: { recipientUserId: person.user.id, category: 'homework' },
          props: { practiceName: 'P', recipientName: 'A', url: 'http://localhost/portal', exerciseCount: 1 },
        });
        return key;
      }),
    );
    await onlyDue(keys);
    // 15:00 in Los Angeles: outside every quiet hours here.
    await deliverDueEmails(t.db, {
      transport: mailboxTransport(t.db),
      fromAddress: 'nudges@ninefold.test',
      now: () => new Date('2026-11-25T23:00:00Z'),
    });
    const status = async (key: string | undefined) =>
      (
        await t.db
          .select()
          .from(emailOutbox)
          .where(eq(emailOutbox.idempotencyKey, key ?? ''))
      )[0];
    expect(await status(keys[0])).toMatchObject({ status: 'skipped' });
    expect(await status(keys[1])).toMatchObject({ status: 'sent' });
  });

  it('at delivery: the practice’s quiet hours hold the follower’s session reminder, not the chooser’s', async () => {
    const keys = await Promise.all(
      [follower, chooser].map(async (person) => {
        const key = `test-quiet:${person.partner.id}`;
        await enqueueEmail(t.db, {
          to: person.user.email,
          template: 'session-reminder',
          idempotencyKey: key,
          sendAfter: new Date('2026-11-25T06:00:00Z'),
          sender: { practiceId: p.practice.id, name: p.practice.name },
          nudge: { recipientUserId: person.user.id, category: 'sessions' },
          props: {
            practiceName: 'P',
            recipientName: 'A',
            url: 'http://localhost/portal',
            startsAt: new Date('2026-11-27T18:00:00Z'),
            timeZone: LA,
          },
        });
        return key;
      }),
    );
    await onlyDue(keys);
    // 23:00 in Los Angeles: inside the practice's 22:00-07:00.
    const counts = await deliverDueEmails(t.db, {
      transport: mailboxTransport(t.db),
      fromAddress: 'nudges@ninefold.test',
      now: () => new Date('2026-11-26T07:00:00Z'),
    });
    expect(counts).toMatchObject({ claimed: 2, sent: 1, waiting: 1 });
    const [held] = await t.db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.idempotencyKey, keys[0] ?? ''));
    expect(held).toMatchObject({ status: 'pending' });
    // Released at 07:00 Los Angeles time.
    expect(held?.nextAttemptAt.toISOString()).toBe('2026-11-26T15:00:00.000Z');
  });

  it('when unsubscribing by link: only that category changes, the rest start from the defaults', async () => {
    const { user } = p.secondCouple.partners[0];
    await unsubscribeByToken(t.db, unsubscribeToken(user.id, 'sessions'));
    const [row] = await t.db
      .select()
      .from(notificationPreferences)
      .where(eq(notificationPreferences.userId, user.id));
    expect(row).toMatchObject({
      homeworkNudges: false,
      sessionReminders: false,
      quietHoursStart: 22 * 60,
      quietHoursEnd: 7 * 60,
    });
  });
});

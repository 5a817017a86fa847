// Mail to clients is discreet unless the practice or the client says otherwise: the whole message
// (sender name, subject, body, headers) says nothing of the practice, the counselor or counseling.
// Which version goes is decided at the first attempt, from the settings of that moment, and every
// retry sends exactly that. Staff mail is never discreet.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditEvents, devMailbox, emailOutbox } from '@/db/schema';
import { requestMagicLink } from '@/server/auth/magic-link';
import { enqueueEmail } from '@/server/email/enqueue-email';
import { mailboxTransport } from '@/server/email/transports/mailbox-transport';
import type { EmailTransport, OutgoingMessage } from '@/server/email/transports/transport';
import type { TDiscretionChoice } from '@/server/services/notification-preferences/preferences-shape';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import { createTestDb } from '@/test/test-db';
import { deliverDueEmails } from './deliver-due-emails';

let t: DbHandle;
let p: TestPractice;
let serial = 0;

const COUNSELOR = 'Quinn Marlowe';
const TELLING_WORDS = /counsel|therap|homework|session|exercise|ninefold|clinic|couple|partner|practice/i;
const afternoon = new Date('2026-11-25T20:00:00Z');
const dueFrom = new Date('2026-11-25T06:00:00Z');

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db, 'Harbor Counseling');
});
afterAll(() => t?.close());

const owner = () => callerFor(t.db, p.owner.user.id, p.practice.id);
const partner = () => p.couple.partners[0];
const clientApi = () => callerFor(t.db, partner().user.id, p.practice.id, 'client');

async function setPractice(discreetByDefault: boolean, senderName = 'Account notifications') {
  await owner().practice.updateEmailDiscretion({ discreetByDefault, senderName });
}
async function chooseAsClient(discretion: TDiscretionChoice) {
  const saved = await clientApi().preferences.update({
    homeworkNudges: true,
    sessionReminders: true,
    timeZone: null,
    quietHours: null,
    discretion,
  });
  expect(saved.discretion?.choice).toBe(discretion);
}

async function enqueueNudge(key = `discreet-test:${++serial}`) {
  await enqueueEmail(t.db, {
    to: partner().user.email,
    template: 'homework-assigned',
    idempotencyKey: key,
    sendAfter: dueFrom,
    sender: { practiceId: p.practice.id, name: p.practice.name },
    nudge: { recipientUserId: partner().user.id, category: 'homework' },
    props: {
      practiceName: p.practice.name,
      recipientName: 'Alex',
      url: 'http://localhost/portal',
      exerciseCount: 2,
    },
  });
  return key;
}

/** Every send the transport is asked for, failed ones included. */
function recording(inner: EmailTransport, failFirst = false) {
  const sends: OutgoingMessage[] = [];
  const transport: EmailTransport = {
    name: 'recording',
    send: (message) => {
      sends.push(message);
      if (failFirst && sends.length === 1) return Promise.reject(new Error('Resend 503 service_unavailable'));
      return inner.send(message);
    },
  };
  return { sends, transport };
}

/** Delivers only `keys`, keeping every other pending row out of reach. */
async function deliverOnly(keys: string[], transport: EmailTransport, now = afternoon) {
  await t.db.execute(
    sql`update email_outbox set next_attempt_at = next_attempt_at + interval '100 years'
        where status = 'pending' and idempotency_key not in ${keys}`,
  );
  try {
    return await deliverDueEmails(t.db, {
      transport,
      fromAddress: 'hello@mail.test',
      now: () => now,
      retryBaseMs: 1_000,
    });
  } finally {
    await t.db.execute(
      sql`update email_outbox set next_attempt_at = next_attempt_at - interval '100 years'
          where status = 'pending' and idempotency_key not in ${keys}`,
    );
  }
}

const delivered = async (key: string) => {
  const [copy] = await t.db.select().from(devMailbox).where(eq(devMailbox.idempotencyKey, key));
  if (!copy) throw new Error(`nothing delivered for ${key}`);
  return copy;
};
const outboxRow = async (key: string) =>
  (await t.db.select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, key)))[0];

function expectDiscreet(copy: {
  fromAddress: string;
  subject: string;
  html: string;
  text: string;
  headers: object;
}) {
  for (const part of [copy.fromAddress, copy.subject, copy.html, copy.text, JSON.stringify(copy.headers)]) {
    expect(part).not.toContain(p.practice.name);
    expect(part).not.toContain(COUNSELOR);
    expect(part).not.toMatch(TELLING_WORDS);
  }
}

describe('by default', () => {
  it('a client’s nudge goes out discreetly, headers and unsubscribe link included', async () => {
    const key = await enqueueNudge();
    await deliverOnly([key], mailboxTransport(t.db));
    const copy = await delivered(key);
    expect(copy.fromAddress).toBe('"Account notifications" <hello@mail.test>');
    expect(copy.subject).toBe('You have something new waiting');
    expect(copy.text).toContain('2 new items');
    expect(copy.headers['List-Unsubscribe']).toMatch(/\/api\/unsubscribe\?token=/);
    expectDiscreet(copy);
    expect(await outboxRow(key)).toMatchObject({
      status: 'sent',
      senderName: 'Account notifications',
      subject: 'You have something new waiting',
      html: null,
      text: null,
      discreetSubject: null,
      discreetHtml: null,
      discreetText: null,
    });
  });

  it('a sign-in link is discreet too, and a client invitation; a staff invitation is not', async () => {
    const email = partner().user.email;
    expect(await requestMagicLink(t.db, email, { ip: '203.0.113.9', userAgent: 'vitest' })).toBe('sent');
    const [link] = await t.db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.toEmail, email), eq(emailOutbox.template, 'magic-link')));
    const invitations = await Promise.all(
      (['client', 'staff'] as const).map(async (kind) => {
        const key = `discreet-invite-${kind}:${++serial}`;
        await enqueueEmail(t.db, {
          to: `invitee.${kind}.${serial}@example.test`,
          template: 'invitation',
          idempotencyKey: key,
          sendAfter: dueFrom,
          sender: { practiceId: p.practice.id, name: p.practice.name },
          props: {
            url: 'http://localhost/invite?token=x',
            practiceName: p.practice.name,
            inviterName: COUNSELOR,
            kind,
            expiresInDays: 7,
          },
        });
        return key;
      }),
    );
    const keys = [link?.idempotencyKey ?? '', ...invitations];
    await t.db
      .update(emailOutbox)
      .set({ nextAttemptAt: dueFrom })
      .where(eq(emailOutbox.idempotencyKey, keys[0] ?? ''));
    await deliverOnly(keys, mailboxTransport(t.db));
    const [signIn, client, staff] = await Promise.all(keys.map(delivered));
    expect(signIn?.subject).toBe('Your sign-in link');
    expect(signIn?.text).toContain('/magic?token=');
    expect(client?.subject).toBe('You are invited to create an account');
    for (const copy of [signIn, client]) if (copy) expectDiscreet(copy);
    expect(staff?.fromAddress).toBe('"Harbor Counseling" <hello@mail.test>');
    expect(staff?.text).toContain(COUNSELOR);
  });
});

describe('the practice’s setting', () => {
  it('is changed by owners and admins only, validated and audited', async () => {
    const counselor = callerFor(t.db, p.counselor.user.id, p.practice.id);
    await expect(
      counselor.practice.updateEmailDiscretion({ discreetByDefault: false, senderName: 'X' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(clientApi().practice.emailDiscretion()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    for (const senderName of [
      '  ',
      'x'.repeat(61),
      'Harbor "Notices"',
      'A <b@c.d>',
      'Bell\u0007',
      'a\r\nBcc: x',
    ]) {
      await expect(
        owner().practice.updateEmailDiscretion({ discreetByDefault: true, senderName }),
        senderName,
      ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    }
    const admin = callerFor(t.db, p.admin.user.id, p.practice.id);
    expect(
      await admin.practice.updateEmailDiscretion({ discreetByDefault: true, senderName: '  HC notices ' }),
    ).toEqual({
      discreetByDefault: true,
      senderName: 'HC notices',
    });
    expect(await owner().practice.emailDiscretion()).toEqual({
      discreetByDefault: true,
      senderName: 'HC notices',
    });
    const audit = await t.db
      .select({ actor: auditEvents.actorUserId, metadata: auditEvents.metadata })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.practiceId, p.practice.id),
          eq(auditEvents.action, 'practice.email-discretion-changed'),
        ),
      );
    expect(audit).toEqual([
      { actor: p.admin.user.id, metadata: { discreetByDefault: true, senderName: 'HC notices' } },
    ]);
  });

  it('names the sender, and turned off sends mail that names the practice', async () => {
    await setPractice(true, 'HC notices');
    const discreet = await enqueueNudge();
    await deliverOnly([discreet], mailboxTransport(t.db));
    expect((await delivered(discreet)).fromAddress).toBe('"HC notices" <hello@mail.test>');

    await setPractice(false);
    const named = await enqueueNudge();
    await deliverOnly([named], mailboxTransport(t.db));
    const copy = await delivered(named);
    expect(copy.fromAddress).toBe('"Harbor Counseling" <hello@mail.test>');
    expect(copy.subject).toBe('New homework from Harbor Counseling');
    await setPractice(true);
  });
});

describe('the client’s own choice', () => {
  afterAll(() => chooseAsClient('practice'));

  it('comes before the practice’s, either way', async () => {
    await setPractice(true);
    await chooseAsClient('named');
    const named = await enqueueNudge();
    await deliverOnly([named], mailboxTransport(t.db));
    expect((await delivered(named)).subject).toBe('New homework from Harbor Counseling');

    await setPractice(false);
    await chooseAsClient('discreet');
    const discreet = await enqueueNudge();
    await deliverOnly([discreet], mailboxTransport(t.db));
    expectDiscreet(await delivered(discreet));

    await chooseAsClient('practice');
    const following = await enqueueNudge();
    await deliverOnly([following], mailboxTransport(t.db));
    expect((await delivered(following)).subject).toBe('New homework from Harbor Counseling');
    await setPractice(true);
  });

  it('is shown with the practice’s default, and is not for staff', async () => {
    expect((await clientApi().preferences.get()).discretion).toEqual({
      choice: 'practice',
      practiceDiscreet: true,
    });
    const counselor = callerFor(t.db, p.counselor.user.id, p.practice.id);
    expect((await counselor.preferences.get()).discretion).toBeNull();
    await expect(
      counselor.preferences.update({
        homeworkNudges: true,
        sessionReminders: true,
        timeZone: null,
        quietHours: null,
        discretion: 'discreet',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('when the setting changes while a message waits', () => {
  it('the message not yet tried follows the new setting', async () => {
    await setPractice(true);
    const key = await enqueueNudge();
    await chooseAsClient('named');
    await deliverOnly([key], mailboxTransport(t.db));
    expect((await delivered(key)).subject).toBe('New homework from Harbor Counseling');
    await chooseAsClient('practice');
  });

  it('a message already tried is retried exactly as it was first sent', async () => {
    await setPractice(true, 'HC notices');
    const key = await enqueueNudge();
    const { sends, transport } = recording(mailboxTransport(t.db), true);
    expect(await deliverOnly([key], transport)).toMatchObject({ retried: 1 });
    await setPractice(false, 'Another name');
    await chooseAsClient('named');
    expect(await deliverOnly([key], transport, new Date(afternoon.getTime() + 3_600_000))).toMatchObject({
      sent: 1,
    });
    expect(sends).toHaveLength(2);
    expect(sends[1]).toEqual(sends[0]);
    expect(sends[0]?.from).toBe('"HC notices" <hello@mail.test>');
    expectDiscreet(await delivered(key));
    await chooseAsClient('practice');
    await setPractice(true);
  });
});

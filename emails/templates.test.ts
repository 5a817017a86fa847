// Every message in the catalogue, rendered in both versions as a careless caller might call it:
// with a whole row of private data spread into its props. None of it may reach the subject, HTML
// or text. The discreet version of a client's message also says nothing of who sends it or what it
// is about: no practice, no counselor, no counseling, no product name.
import { describe, expect, it } from 'vitest';
import { renderEmail } from '../server/email/enqueue-email';
import { EMAILS, type EmailName } from './catalog';

const ANSWER = 'MARKER-ANSWER we argued about money again';
const NOTE = 'MARKER-NOTE client disclosed affair';
const TITLE = 'MARKER-TITLE The Repair Conversation';
const PROMPT = 'MARKER-PROMPT Describe the last time you felt unheard';
const SAFETY = 'MARKER-SAFETY hold: partner reports feeling unsafe';
const SENSITIVE = [ANSWER, NOTE, TITLE, PROMPT, SAFETY];

/** The fields of an assignment, a response, a note and a safety check-in, as a caller might spread them in. */
const privateRow = {
  title: TITLE,
  prompt: PROMPT,
  body: ANSWER,
  answer: ANSWER,
  answers: [ANSWER],
  note: NOTE,
  narrative: NOTE,
  content: { title: TITLE, prompts: [PROMPT] },
  safetyStatus: SAFETY,
  safety: SAFETY,
  children: `${TITLE} ${ANSWER}`,
};

/**
 * Every prop a template takes must be one of these: names, counts, dates, a time zone, the address
 * of an in-person session (the practice's office, which its owner writes knowing clients read it)
 * and a link.
 */
const ALLOWED_PROPS = new Set([
  'url',
  'practiceName',
  'recipientName',
  'inviterName',
  'kind',
  'expiresInDays',
  'expiresInMinutes',
  'exerciseCount',
  'completions',
  'overdue',
  'unsignedNotes',
  'startsAt',
  'trialEndsAt',
  'timeZone',
  'address',
]);
/** Props a person's or practice's name goes in: shown as given, and nothing beside them. */
const NAME_PROPS = ['practiceName', 'recipientName', 'inviterName'];

/** What a discreet message must never say: who sent it, or that it is about counseling. */
const TELLING_WORDS =
  /counsel|therap|homework|session|exercise|ninefold|clinic|couple|partner|relationship|practice|appointment with/i;
const PRACTICE = 'Willow Street Family Practice';
const COUNSELOR = 'Dr. Quinn Marlowe';

const names = Object.keys(EMAILS) as EmailName[];
/** Read by a person: who gets each message. A new template must be added to one of the two. */
const clientMail: EmailName[] = [
  'magic-link',
  'invitation',
  'homework-assigned',
  'homework-due-tomorrow',
  'homework-overdue',
  'session-reminder',
  'sign-up-existing',
];
const staffMail: EmailName[] = [
  'attention-needed',
  'counselor-digest',
  'payment-failed',
  'sign-up-confirm',
  'trial-ending',
];
const audienceOf = (name: EmailName, props: Record<string, unknown>) =>
  (EMAILS[name].audience as (p: Record<string, unknown>) => string)(props);

async function render(name: EmailName, props: Record<string, unknown>, discreet = false) {
  const email = await renderEmail(name, props as never, { discreet });
  return { ...email, all: [email.subject, email.html, email.text] };
}

describe.each(names)('the %s email', (name) => {
  const preview = EMAILS[name].preview as Record<string, unknown>;

  it('takes only names, counts, dates and a link', () => {
    for (const key of Object.keys(preview)) expect(ALLOWED_PROPS, `prop ${key}`).toContain(key);
  });

  it('shows nothing private even when private fields are passed in', async () => {
    const email = await render(name, { ...preview, ...privateRow });
    for (const part of email.all) {
      for (const marker of SENSITIVE) expect(part).not.toContain(marker);
      expect(part).not.toMatch(/MARKER|safety|\bunsafe\b/i);
    }
  });

  it('shows each name it takes exactly as given', async () => {
    const seeded = { ...preview };
    for (const key of NAME_PROPS) if (key in seeded) seeded[key] = `Name-of-${key}`;
    const email = await render(name, { ...seeded, ...privateRow });
    for (const key of NAME_PROPS) if (key in seeded) expect(email.text).toContain(`Name-of-${key}`);
  });

  it('has a subject and its link in both HTML and text', async () => {
    const url = `${preview.url}${String(preview.url).includes('?') ? '&' : '?'}check=1`;
    const email = await render(name, { ...preview, url });
    expect(email.subject.trim()).not.toBe('');
    expect(email.html).toContain(`href="${url.replace('&', '&amp;')}"`);
    expect(email.text).toContain(url);
    for (const part of email.all) expect(part).not.toMatch(/undefined|null|NaN|\[object/);
  });
});

describe.each(clientMail)('the discreet %s email', (name) => {
  const preview = EMAILS[name].preview as Record<string, unknown>;
  const named: Record<string, unknown> = { ...preview, ...privateRow };
  for (const key of ['practiceName', 'inviterName'] as const)
    if (key in named) named[key] = key === 'practiceName' ? PRACTICE : COUNSELOR;

  it('names no practice, no counselor, and nothing about counseling, in subject, preview or body', async () => {
    const email = await render(name, named, true);
    for (const part of email.all) {
      for (const marker of SENSITIVE) expect(part).not.toContain(marker);
      expect(part).not.toContain(PRACTICE);
      expect(part).not.toContain(COUNSELOR);
      expect(part).not.toMatch(TELLING_WORDS);
      expect(part).not.toMatch(/MARKER|safety|\bunsafe\b/i);
    }
  });

  it('still greets by name, and has a subject and its link in both HTML and text', async () => {
    const url = `${preview.url}${String(preview.url).includes('?') ? '&' : '?'}check=1`;
    const email = await render(name, { ...preview, url, recipientName: 'Name-of-recipient' }, true);
    expect(email.subject.trim()).not.toBe('');
    expect(email.subject).not.toBe((await render(name, { ...preview, url })).subject);
    expect(email.html).toContain(`href="${url.replace('&', '&amp;')}"`);
    expect(email.text).toContain(url);
    if ('recipientName' in preview) expect(email.text).toContain('Name-of-recipient');
    for (const part of email.all) expect(part).not.toMatch(/undefined|null|NaN|\[object/);
  });
});

describe('who gets each message', () => {
  it('is listed above for every template, and the catalogue agrees', () => {
    expect([...clientMail, ...staffMail].sort()).toEqual([...names].sort());
    for (const name of clientMail) expect(audienceOf(name, EMAILS[name].preview), name).toBe('client');
    for (const name of staffMail) expect(audienceOf(name, EMAILS[name].preview), name).toBe('staff');
  });
});

describe('mail to staff', () => {
  it.each(staffMail)('has no discreet version: %s', async (name) => {
    await expect(render(name, EMAILS[name].preview as Record<string, unknown>, true)).rejects.toThrow(
      /goes to staff/,
    );
  });

  it('includes a staff invitation', async () => {
    const staff = { ...EMAILS.invitation.preview, kind: 'staff' };
    expect(audienceOf('invitation', staff)).toBe('staff');
    await expect(render('invitation', staff, true)).rejects.toThrow(/goes to staff/);
  });
});

// Every message in the catalogue, rendered as a careless caller might call it: with a whole row of
// private data spread into its props. None of it may reach the subject, HTML or text.
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

/** Every prop a template takes must be one of these: names, counts, dates, a time zone and a link. */
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
]);
/** Props a person's or practice's name goes in: shown as given, and nothing beside them. */
const NAME_PROPS = ['practiceName', 'recipientName', 'inviterName'];

const names = Object.keys(EMAILS) as EmailName[];

async function render(name: EmailName, props: Record<string, unknown>) {
  const email = await renderEmail(name, props as never);
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

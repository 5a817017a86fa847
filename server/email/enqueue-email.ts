// The one way to send mail: render now, write to the outbox in the caller's transaction.
// Delivery happens later (server/jobs), so a rolled-back change never sends a message.
import { render, toPlainText } from '@react-email/render';
import { createElement, type FunctionComponent } from 'react';
import type { DbOrTx } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { type Audience, EMAILS, type EmailName, type EmailProps } from '@/emails/catalog';
import { type EmailCategory, unsubscribeUrl } from './unsubscribe-token';

type OutgoingEmail<N extends EmailName> = {
  to: string;
  template: N;
  props: EmailProps<N>;
  /** Same key, same message: a retried request does not send twice. */
  idempotencyKey: string;
  /** The practice the message speaks for: its name is the sender name. */
  sender?: { practiceId: string; name: string };
  /** A nudge for a person with an account: their preferences and quiet hours apply. */
  nudge?: { recipientUserId: string; category: EmailCategory };
  /** A message someone asked for (a sign-in link), to a person with an account: their discreet-mail choice applies. */
  recipientUserId?: string;
  /** Not before this time (the nudge's own schedule); quiet hours may push it later. */
  sendAfter?: Date;
};

// The catalogue ties each name to its props; TypeScript cannot follow that through a generic index.
type AnyEntry = {
  component: FunctionComponent<Record<string, unknown>>;
  subject: (p: Record<string, unknown>) => string;
  audience: (p: Record<string, unknown>) => Audience;
};
const entryOf = (template: EmailName) => EMAILS[template] as unknown as AnyEntry;

/** Whether the message goes to a client, and so has a discreet version. */
export const isClientEmail = <N extends EmailName>(template: N, props: EmailProps<N>) =>
  entryOf(template).audience(props as Record<string, unknown>) === 'client';

export async function renderEmail<N extends EmailName>(
  template: N,
  props: EmailProps<N>,
  { discreet = false }: { discreet?: boolean } = {},
) {
  const entry = entryOf(template);
  if (discreet && !isClientEmail(template, props))
    throw new Error(`${template} goes to staff and has no discreet version`);
  const all = { ...(props as Record<string, unknown>), discreet };
  const html = await render(createElement(entry.component, all));
  return { subject: entry.subject(all), html, text: toPlainText(html) };
}

/** The outbox row for one message, rendered; many can be inserted at once. */
export async function outboxRow<N extends EmailName>(email: OutgoingEmail<N>) {
  const unsubscribe = email.nudge ? unsubscribeUrl(email.nudge.recipientUserId, email.nudge.category) : null;
  // Every nudge template takes the link and its layout shows it (emails/email-props.ts).
  const props = unsubscribe
    ? ({ ...(email.props as object), unsubscribeUrl: unsubscribe } as unknown as EmailProps<N>)
    : email.props;
  const rendered = await renderEmail(email.template, props);
  // Which version goes is decided at the first delivery attempt (server/jobs/delivery), so a
  // setting changed while the message waits still counts.
  const discreet = isClientEmail(email.template, props)
    ? await renderEmail(email.template, props, { discreet: true })
    : null;
  return {
    idempotencyKey: email.idempotencyKey,
    toEmail: email.to.trim().toLowerCase(),
    template: email.template,
    senderPracticeId: email.sender?.practiceId ?? null,
    senderName: email.sender?.name ?? 'Ninefold',
    recipientUserId: email.nudge?.recipientUserId ?? email.recipientUserId ?? null,
    category: email.nudge?.category ?? null,
    unsubscribeUrl: unsubscribe,
    nextAttemptAt: email.sendAfter ?? new Date(),
    ...rendered,
    discreetSubject: discreet?.subject ?? null,
    discreetHtml: discreet?.html ?? null,
    discreetText: discreet?.text ?? null,
  };
}

export async function enqueueEmail<N extends EmailName>(db: DbOrTx, email: OutgoingEmail<N>): Promise<void> {
  await db
    .insert(emailOutbox)
    .values(await outboxRow(email))
    .onConflictDoNothing({ target: emailOutbox.idempotencyKey });
}

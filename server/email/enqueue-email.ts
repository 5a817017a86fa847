// The one way to send mail: render now, write to the outbox in the caller's transaction.
// Delivery happens later, so a rolled-back change never sends a message.
import { render, toPlainText } from '@react-email/render';
import { createElement, type FunctionComponent } from 'react';
import type { DbOrTx } from '../../db/client';
import { emailOutbox } from '../../db/schema';
import { EMAILS, type EmailName, type EmailProps } from '../../emails/catalog';

export type OutgoingEmail<N extends EmailName> = {
  to: string;
  template: N;
  props: EmailProps<N>;
  /** Same key, same message: a retried request does not send twice. */
  idempotencyKey: string;
};

export async function renderEmail<N extends EmailName>(template: N, props: EmailProps<N>) {
  // The catalogue ties each name to its props; TypeScript cannot follow that through a generic index.
  const entry = EMAILS[template] as unknown as {
    component: FunctionComponent<Record<string, unknown>>;
    subject: (p: EmailProps<N>) => string;
  };
  const html = await render(createElement(entry.component, props as Record<string, unknown>));
  return { subject: entry.subject(props), html, text: toPlainText(html) };
}

export async function enqueueEmail<N extends EmailName>(db: DbOrTx, email: OutgoingEmail<N>): Promise<void> {
  const rendered = await renderEmail(email.template, email.props);
  await db
    .insert(emailOutbox)
    .values({
      idempotencyKey: email.idempotencyKey,
      toEmail: email.to,
      template: email.template,
      ...rendered,
    })
    .onConflictDoNothing({ target: emailOutbox.idempotencyKey });
}

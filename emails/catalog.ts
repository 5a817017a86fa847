// Every message the app can send, by name: its template and its subject line.
import type { ComponentType } from 'react';
import InvitationEmail, { type InvitationEmailProps, invitationSubject } from './templates/invitation';
import MagicLinkEmail, { type MagicLinkEmailProps, magicLinkSubject } from './templates/magic-link';

type Entry<P> = { component: ComponentType<P>; subject: (props: P) => string };

export const EMAILS = {
  'magic-link': { component: MagicLinkEmail, subject: magicLinkSubject } as Entry<MagicLinkEmailProps>,
  invitation: { component: InvitationEmail, subject: invitationSubject } as Entry<InvitationEmailProps>,
};

export type EmailName = keyof typeof EMAILS;
export type EmailProps<N extends EmailName> = (typeof EMAILS)[N] extends Entry<infer P> ? P : never;

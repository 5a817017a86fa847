// Every message the app can send, by name: its template, its subject line, its preview data and
// whom it goes to. Mail to a client has a discreet version (emails/email-props.ts, Discretion);
// mail to staff has none: it goes to their work address, about their work.
import type { ComponentType } from 'react';
import * as attentionNeeded from './templates/attention-needed';
import * as counselorDigest from './templates/counselor-digest';
import * as homeworkAssigned from './templates/homework-assigned';
import * as homeworkDueTomorrow from './templates/homework-due-tomorrow';
import * as homeworkOverdue from './templates/homework-overdue';
import * as invitation from './templates/invitation';
import * as magicLink from './templates/magic-link';
import * as paymentFailed from './templates/payment-failed';
import * as sessionReminder from './templates/session-reminder';
import * as signUpConfirm from './templates/sign-up-confirm';
import * as signUpExisting from './templates/sign-up-existing';
import * as trialEnding from './templates/trial-ending';

export type Audience = 'client' | 'staff';
type Entry<P> = {
  component: ComponentType<P>;
  subject: (props: P) => string;
  preview: P;
  audience: (props: P) => Audience;
};
// The component decides the props; the subject, preview data and audience must fit them.
const entry = <P>(e: {
  component: ComponentType<P>;
  subject: (props: NoInfer<P>) => string;
  preview: NoInfer<P>;
  audience: (props: NoInfer<P>) => Audience;
}): Entry<P> => e;

const toClients = () => 'client' as const;
const toStaff = () => 'staff' as const;

export const EMAILS = {
  'magic-link': entry({
    component: magicLink.default,
    subject: magicLink.magicLinkSubject,
    preview: magicLink.previewProps,
    audience: toClients,
  }),
  'sign-up-confirm': entry({
    component: signUpConfirm.default,
    subject: signUpConfirm.signUpConfirmSubject,
    preview: signUpConfirm.previewProps,
    // The person becomes the owner of a new practice.
    audience: toStaff,
  }),
  'sign-up-existing': entry({
    component: signUpExisting.default,
    subject: signUpExisting.signUpExistingSubject,
    preview: signUpExisting.previewProps,
    audience: (p) => p.kind,
  }),
  invitation: entry({
    component: invitation.default,
    subject: invitation.invitationSubject,
    preview: invitation.previewProps,
    audience: (p) => (p.kind === 'client' ? 'client' : 'staff'),
  }),
  'homework-assigned': entry({
    component: homeworkAssigned.default,
    subject: homeworkAssigned.homeworkAssignedSubject,
    preview: homeworkAssigned.previewProps,
    audience: toClients,
  }),
  'homework-due-tomorrow': entry({
    component: homeworkDueTomorrow.default,
    subject: homeworkDueTomorrow.homeworkDueTomorrowSubject,
    preview: homeworkDueTomorrow.previewProps,
    audience: toClients,
  }),
  'homework-overdue': entry({
    component: homeworkOverdue.default,
    subject: homeworkOverdue.homeworkOverdueSubject,
    preview: homeworkOverdue.previewProps,
    audience: toClients,
  }),
  'session-reminder': entry({
    component: sessionReminder.default,
    subject: sessionReminder.sessionReminderSubject,
    preview: sessionReminder.previewProps,
    audience: toClients,
  }),
  'counselor-digest': entry({
    component: counselorDigest.default,
    subject: counselorDigest.counselorDigestSubject,
    preview: counselorDigest.previewProps,
    audience: toStaff,
  }),
  'attention-needed': entry({
    component: attentionNeeded.default,
    subject: attentionNeeded.attentionNeededSubject,
    preview: attentionNeeded.previewProps,
    audience: toStaff,
  }),
  'payment-failed': entry({
    component: paymentFailed.default,
    subject: paymentFailed.paymentFailedSubject,
    preview: paymentFailed.previewProps,
    audience: toStaff,
  }),
  'trial-ending': entry({
    component: trialEnding.default,
    subject: trialEnding.trialEndingSubject,
    preview: trialEnding.previewProps,
    audience: toStaff,
  }),
};

export type EmailName = keyof typeof EMAILS;
/** What a caller gives: whether the message is discreet is the renderer's to say, never the caller's. */
export type EmailProps<N extends EmailName> =
  (typeof EMAILS)[N] extends Entry<infer P> ? Omit<P, 'discreet'> : never;

// Every message the app can send, by name: its template, its subject line and its preview data.
import type { ComponentType } from 'react';
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

type Entry<P> = { component: ComponentType<P>; subject: (props: P) => string; preview: P };
// The component decides the props; the subject and preview data must fit them.
const entry = <P>(e: {
  component: ComponentType<P>;
  subject: (props: NoInfer<P>) => string;
  preview: NoInfer<P>;
}): Entry<P> => e;

export const EMAILS = {
  'magic-link': entry({
    component: magicLink.default,
    subject: magicLink.magicLinkSubject,
    preview: magicLink.previewProps,
  }),
  'sign-up-confirm': entry({
    component: signUpConfirm.default,
    subject: signUpConfirm.signUpConfirmSubject,
    preview: signUpConfirm.previewProps,
  }),
  'sign-up-existing': entry({
    component: signUpExisting.default,
    subject: signUpExisting.signUpExistingSubject,
    preview: signUpExisting.previewProps,
  }),
  invitation: entry({
    component: invitation.default,
    subject: invitation.invitationSubject,
    preview: invitation.previewProps,
  }),
  'homework-assigned': entry({
    component: homeworkAssigned.default,
    subject: homeworkAssigned.homeworkAssignedSubject,
    preview: homeworkAssigned.previewProps,
  }),
  'homework-due-tomorrow': entry({
    component: homeworkDueTomorrow.default,
    subject: homeworkDueTomorrow.homeworkDueTomorrowSubject,
    preview: homeworkDueTomorrow.previewProps,
  }),
  'homework-overdue': entry({
    component: homeworkOverdue.default,
    subject: homeworkOverdue.homeworkOverdueSubject,
    preview: homeworkOverdue.previewProps,
  }),
  'session-reminder': entry({
    component: sessionReminder.default,
    subject: sessionReminder.sessionReminderSubject,
    preview: sessionReminder.previewProps,
  }),
  'counselor-digest': entry({
    component: counselorDigest.default,
    subject: counselorDigest.counselorDigestSubject,
    preview: counselorDigest.previewProps,
  }),
  'payment-failed': entry({
    component: paymentFailed.default,
    subject: paymentFailed.paymentFailedSubject,
    preview: paymentFailed.previewProps,
  }),
  'trial-ending': entry({
    component: trialEnding.default,
    subject: trialEnding.trialEndingSubject,
    preview: trialEnding.previewProps,
  }),
};

export type EmailName = keyof typeof EMAILS;
export type EmailProps<N extends EmailName> = (typeof EMAILS)[N] extends Entry<infer P> ? P : never;

import type { EmailName } from '@/emails/catalog';

/** Each message the app sends, as a practice admin would name it. */
const EMAIL_TEMPLATE_LABELS: Record<EmailName, string> = {
  'magic-link': 'Sign-in link',
  'sign-up-confirm': 'Sign-up confirmation',
  'sign-up-existing': 'Sign-up with an existing account',
  invitation: 'Invitation',
  'homework-assigned': 'New homework',
  'homework-due-tomorrow': 'Homework due tomorrow',
  'homework-overdue': 'Homework overdue',
  'session-reminder': 'Session reminder',
  'counselor-digest': 'Daily digest',
  'attention-needed': 'Needs your attention',
  'payment-failed': 'Payment failed',
  'trial-ending': 'Trial ending',
};

export const emailTemplateLabel = (template: string) =>
  EMAIL_TEMPLATE_LABELS[template as EmailName] ?? template;

import type { EmailCategory } from '@/server/email/unsubscribe-token';

/** How each kind of nudge email is named to the person who gets it. */
export const EMAIL_CATEGORY_LABELS: Record<EmailCategory, { name: string; what: string }> = {
  homework: {
    name: 'Homework reminders',
    what: 'new homework, homework due tomorrow and homework that is overdue',
  },
  sessions: { name: 'Session reminders', what: 'a reminder the day before each session' },
  digest: {
    name: 'Daily digest',
    what: 'the counselor’s daily summary of completed and overdue homework and unsigned notes',
  },
};

// The two homework reminders, once per partner and due date, counting what the partner has not
// finished, in the partner's own time zone (from 9:00):
// - "due tomorrow", on the day before. Homework assigned only today does not prompt one: the
//   partner was just told about it by the homework-assigned email.
// - "still waiting", on the day after the due date. Not repeated on later days: one reminder, not
//   a stream of them.
import type { Db } from '@/db/client';
import { outboxRow } from '@/server/email/enqueue-email';
import { env } from '@/server/env';
import { findHomeworkCandidates } from './homework-candidates';
import { writeNudges } from './write-nudges';

const REMINDERS = {
  dueSoon: {
    dueInDays: 1,
    keyPrefix: 'homework-due-soon',
    assignedBeforeToday: true,
    template: 'homework-due-tomorrow',
  },
  overdue: {
    dueInDays: -1,
    keyPrefix: 'homework-overdue',
    assignedBeforeToday: false,
    template: 'homework-overdue',
  },
} as const;

async function writeHomeworkReminders(db: Db, now: Date, limit: number, kind: keyof typeof REMINDERS) {
  const { template, ...query } = REMINDERS[kind];
  const candidates = await findHomeworkCandidates(db, { now, limit, ...query });
  return writeNudges(
    db,
    candidates.map((c) =>
      outboxRow({
        to: c.email,
        template,
        idempotencyKey: c.idempotency_key,
        sender: { practiceId: c.practice_id, name: c.practice_name },
        nudge: { recipientUserId: c.user_id, category: 'homework' },
        sendAfter: now,
        props: {
          practiceName: c.practice_name,
          recipientName: c.display_name,
          url: `${env().appUrl}/portal/${c.practice_id}`,
          exerciseCount: c.exercise_count,
        },
      }),
    ),
  );
}

export const writeHomeworkDueSoon = (db: Db, now: Date, limit: number) =>
  writeHomeworkReminders(db, now, limit, 'dueSoon');
export const writeHomeworkOverdue = (db: Db, now: Date, limit: number) =>
  writeHomeworkReminders(db, now, limit, 'overdue');

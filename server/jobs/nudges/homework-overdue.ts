// "Homework is still waiting for you": once per partner and due date, on the day after the due
// date in the partner's own time zone (from 9:00), counting what they have not finished. Not
// repeated on later days: one reminder, not a stream of them.
import type { Db } from '../../../db/client';
import { outboxRow } from '../../email/enqueue-email';
import { env } from '../../env';
import { findHomeworkCandidates } from './homework-candidates';
import { writeNudges } from './write-nudges';

export async function writeHomeworkOverdue(db: Db, now: Date, limit: number): Promise<number> {
  const candidates = await findHomeworkCandidates(db, {
    now,
    dueInDays: -1,
    keyPrefix: 'homework-overdue',
    assignedBeforeToday: false,
    limit,
  });
  return writeNudges(
    db,
    candidates.map((c) =>
      outboxRow({
        to: c.email,
        template: 'homework-overdue',
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

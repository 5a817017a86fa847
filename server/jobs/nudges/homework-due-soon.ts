// "Your homework is due tomorrow": once per partner and due date, from 9:00 on the day before in
// the partner's own time zone, counting what they have not finished. Homework assigned only today
// does not prompt one: the partner was just told about it by the homework-assigned email.
import type { Db } from '../../../db/client';
import { outboxRow } from '../../email/enqueue-email';
import { env } from '../../env';
import { findHomeworkCandidates } from './homework-candidates';
import { writeNudges } from './write-nudges';

export async function writeHomeworkDueSoon(db: Db, now: Date, limit: number): Promise<number> {
  const candidates = await findHomeworkCandidates(db, {
    now,
    dueInDays: 1,
    keyPrefix: 'homework-due-soon',
    assignedBeforeToday: true,
    limit,
  });
  return writeNudges(
    db,
    candidates.map((c) =>
      outboxRow({
        to: c.email,
        template: 'homework-due-tomorrow',
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

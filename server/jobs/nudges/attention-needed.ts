// A content-free "something needs your attention" email to the couple's counselor for each safety
// flag raised (a check-in or PHQ-9 item 9), so a flag raised at night or on a weekend does not wait
// for the counselor's next sign-in. It names no one and says nothing of what was raised: the
// details stay behind sign-in (DESIGN.md: nothing about safety goes into email). Not a nudge the
// counselor can turn off, and sent at any hour.
//
// Flags acknowledged already, or raised more than CATCH_UP_HOURS ago (a scheduler that was down
// for days), are left out: the counselor has seen them, or will on the caseload.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { outboxRow } from '@/server/email/enqueue-email';
import { env } from '@/server/env';
import { at, notWritten, selectRows } from './nudge-sql';
import { writeNudges } from './write-nudges';

const CATCH_UP_HOURS = 24;

const ZAttentionCandidate = z.object({
  practice_id: z.string(),
  practice_name: z.string(),
  name: z.string(),
  email: z.string(),
  idempotency_key: z.string(),
});

export async function writeAttentionNeeded(db: Db, now: Date, limit: number): Promise<number> {
  const key = sql`'attention-needed:' || f.id::text`;
  const candidates = await selectRows(
    db,
    sql`select f.practice_id::text, pr.name as practice_name, u.name, u.email, ${key} as idempotency_key
from safety_flags f
join couples c on c.practice_id = f.practice_id and c.id = f.couple_id
join memberships m on m.practice_id = c.practice_id and m.id = c.counselor_id and m.status = 'active'
join users u on u.id = m.user_id and u.deactivated_at is null
join practices pr on pr.id = f.practice_id
where f.acknowledged_at is null
  and f.raised_at <= ${at(now)} and f.raised_at > ${at(now)} - make_interval(hours => ${CATCH_UP_HOURS})
  and ${notWritten(key)}
order by f.raised_at
limit ${limit}`,
    ZAttentionCandidate,
  );
  return writeNudges(
    db,
    candidates.map((c) =>
      outboxRow({
        to: c.email,
        template: 'attention-needed',
        idempotencyKey: c.idempotency_key,
        sender: { practiceId: c.practice_id, name: c.practice_name },
        sendAfter: now,
        props: {
          practiceName: c.practice_name,
          recipientName: c.name,
          url: `${env().appUrl}/p/${c.practice_id}/caseload`,
        },
      }),
    ),
  );
}

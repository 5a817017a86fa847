// "Your session is tomorrow": for each joined partner of an active couple, once a scheduled session
// is 24 hours away. The key holds the start time, so a rescheduled session is reminded of again at
// its new time. A session booked less than 12 hours ahead gets none: the couple just arranged it,
// and the message says "tomorrow". An in-person session's reminder says where (its own address, else
// the practice's office: server/services/sessions/session-address.ts, in SQL).
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { outboxRow } from '@/server/email/enqueue-email';
import { env } from '@/server/env';
import { at, knownZones, notWritten, partnerRecipients, selectRows } from './nudge-sql';
import { writeNudges } from './write-nudges';

const REMINDER_LEAD_HOURS = 24;
const REMINDER_MIN_LEAD_HOURS = 12;

const ZReminderCandidate = z.object({
  practice_id: z.string(),
  practice_name: z.string(),
  user_id: z.string(),
  display_name: z.string(),
  email: z.string(),
  zone: z.string(),
  starts_at_ms: z.number(),
  address: z.string(),
  idempotency_key: z.string(),
});

export async function writeSessionReminders(db: Db, now: Date, limit: number): Promise<number> {
  const key = sql`'session-reminder:' || s.id::text || ':'
    || to_char(s.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || ':' || r.partner_id::text`;
  const candidates = await selectRows(
    db,
    sql`with ${knownZones},
recipients as (${partnerRecipients('session_reminders')})
select s.practice_id::text, r.practice_name, r.user_id::text, r.display_name, r.email, r.zone,
  (extract(epoch from s.starts_at) * 1000)::float8 as starts_at_ms,
  case when s.format = 'in-person' then coalesce(nullif(s.location, ''), pr.office_address) else '' end
    as address,
  ${key} as idempotency_key
from counseling_sessions s
join recipients r on r.practice_id = s.practice_id and r.couple_id = s.couple_id
join practices pr on pr.id = s.practice_id
where s.status = 'scheduled'
  and s.starts_at > ${at(now)} + make_interval(hours => ${REMINDER_MIN_LEAD_HOURS}::int)
  and s.starts_at <= ${at(now)} + make_interval(hours => ${REMINDER_LEAD_HOURS}::int)
  and ${notWritten(key)}
order by s.starts_at, s.id, r.partner_id
limit ${limit}`,
    ZReminderCandidate,
  );
  return writeNudges(
    db,
    candidates.map((c) =>
      outboxRow({
        to: c.email,
        template: 'session-reminder',
        idempotencyKey: c.idempotency_key,
        sender: { practiceId: c.practice_id, name: c.practice_name },
        nudge: { recipientUserId: c.user_id, category: 'sessions' },
        sendAfter: now,
        props: {
          practiceName: c.practice_name,
          recipientName: c.display_name,
          url: `${env().appUrl}/portal/${c.practice_id}`,
          startsAt: new Date(c.starts_at_ms),
          timeZone: c.zone,
          address: c.address,
        },
      }),
    ),
  );
}

// The counselor's daily summary, once per membership and local date, from their digest hour (in
// their own time zone) for DIGEST_CATCH_UP_HOURS: a scheduler that was down briefly still sends
// it, a stale one is not sent in the evening, and a digest hour the clocks skip still comes.
//
// Figures, over the counselor's active couples (what their dashboard shows by default):
// - completions: answers submitted between yesterday's digest time and today's, so consecutive
//   digests neither overlap nor leave a gap, whenever within the hour the scheduler ran;
// - overdue: open assignments past their due date, as the caseload dashboard counts them (the
//   practice's calendar), so the email and the page it links to agree;
// - unsigned notes: drafts not signed, and attended sessions with no note yet (as the dashboard).
// Sent only when one of them is not zero: a counselor with nothing done and nothing waiting gets
// no mail. Currently overdue homework keeps counting every day until it is answered or cancelled,
// since it is waiting on the counselor too.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { outboxRow } from '@/server/email/enqueue-email';
import { env } from '@/server/env';
import { at, knownZones, notWritten, selectRows, zoneOf } from './nudge-sql';
import { writeNudges } from './write-nudges';

const DIGEST_CATCH_UP_HOURS = 3;

const ZDigestCandidate = z.object({
  practice_id: z.string(),
  practice_name: z.string(),
  user_id: z.string(),
  name: z.string(),
  email: z.string(),
  completions: z.number().int(),
  overdue: z.number().int(),
  unsigned_notes: z.number().int(),
  idempotency_key: z.string(),
});

export async function writeCounselorDigests(db: Db, now: Date, limit: number): Promise<number> {
  const key = sql`'counselor-digest:' || l.membership_id::text || ':' || l.local_now::date::text`;
  const digestAt = (days: number) =>
    sql`((l.local_now::date + ${days}::int) + make_interval(hours => l.digest_hour))::timestamp at time zone l.zone`;
  const candidates = await selectRows(
    db,
    sql`with
${knownZones},
counselors as (
  select m.practice_id, m.id as membership_id, m.user_id, u.name, u.email, pr.name as practice_name,
    pr.time_zone as practice_zone, ${zoneOf(sql`np.time_zone`, sql`pr.time_zone`)} as zone,
    coalesce(np.digest_hour, 7)::int as digest_hour
  from memberships m
  join users u on u.id = m.user_id and u.deactivated_at is null
  join practices pr on pr.id = m.practice_id
  left join notification_preferences np on np.user_id = m.user_id
  cross join known_zones kz
  where m.status = 'active' and m.role <> 'client' and coalesce(np.daily_digest, true)
),
local as (
  select c.*, (${at(now)} at time zone c.zone) as local_now from counselors c
),
ready as (
  select l.*, ${key} as idempotency_key,
    ${digestAt(-1)} as since,
    least(${digestAt(0)}, ${at(now)}) as until,
    (${at(now)} at time zone l.practice_zone)::date as practice_today
  from local l
  where extract(hour from l.local_now) >= l.digest_hour
    and extract(hour from l.local_now) < l.digest_hour + ${DIGEST_CATCH_UP_HOURS}
    and ${notWritten(key)}
),
figures as (
  select r.*,
    (select count(*) from couples c
      join responses re on re.practice_id = c.practice_id and re.couple_id = c.id
      join assignments a on a.practice_id = re.practice_id and a.id = re.assignment_id
      where c.practice_id = r.practice_id and c.counselor_id = r.membership_id and c.status = 'active'
        and a.cancelled_at is null and re.status = 'submitted'
        and re.submitted_at >= r.since and re.submitted_at < r.until)::int as completions,
    (select count(*) from couples c
      join assignments a on a.practice_id = c.practice_id and a.couple_id = c.id
      where c.practice_id = r.practice_id and c.counselor_id = r.membership_id and c.status = 'active'
        and a.cancelled_at is null and a.due_on < r.practice_today
        and exists (
          select 1 from partners pa
          where pa.practice_id = a.practice_id and pa.couple_id = a.couple_id
            and (a.partner_id is null or a.partner_id = pa.id)
            and not exists (
              select 1 from responses re
              where re.practice_id = a.practice_id and re.assignment_id = a.id and re.status = 'submitted'
                and case when a.content->>'participation' = 'together' then re.partner_id is null
                  else re.partner_id = pa.id end
            )
        ))::int as overdue,
    ((select count(*) from couples c
      join session_notes n on n.practice_id = c.practice_id and n.couple_id = c.id
      where c.practice_id = r.practice_id and c.counselor_id = r.membership_id and c.status = 'active'
        and n.signed_at is null)
    + (select count(*) from couples c
      join counseling_sessions cs on cs.practice_id = c.practice_id and cs.couple_id = c.id
      where c.practice_id = r.practice_id and c.counselor_id = r.membership_id and c.status = 'active'
        and cs.status = 'attended'
        and not exists (select 1 from session_notes n where n.practice_id = cs.practice_id and n.session_id = cs.id)
    ))::int as unsigned_notes
  from ready r
)
select f.practice_id::text, f.practice_name, f.user_id::text, f.name, f.email,
  f.completions, f.overdue, f.unsigned_notes, f.idempotency_key
from figures f
where f.completions + f.overdue + f.unsigned_notes > 0
order by f.practice_id, f.membership_id
limit ${limit}`,
    ZDigestCandidate,
  );
  return writeNudges(
    db,
    candidates.map((c) =>
      outboxRow({
        to: c.email,
        template: 'counselor-digest',
        idempotencyKey: c.idempotency_key,
        sender: { practiceId: c.practice_id, name: c.practice_name },
        nudge: { recipientUserId: c.user_id, category: 'digest' },
        sendAfter: now,
        props: {
          practiceName: c.practice_name,
          recipientName: c.name,
          url: `${env().appUrl}/p/${c.practice_id}/caseload`,
          completions: c.completions,
          overdue: c.overdue,
          unsignedNotes: c.unsigned_notes,
        },
      }),
    ),
  );
}

// The homework behind the due-soon and overdue nudges, for every practice in one statement: per
// joined partner, their unfinished assignments due on one day relative to their own calendar.
//
// Unfinished, as on the caseload dashboard: not cancelled, and the answer it expects from this
// partner (or the couple's one shared answer, for an exercise done together) is not submitted.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { at, knownZones, notWritten, partnerRecipients, selectRows } from './nudge-sql';

/** Homework nudges are written from this local hour until HOMEWORK_NUDGE_UNTIL_HOUR. */
const HOMEWORK_NUDGE_HOUR = 9;
/** Written no later, so quiet hours (21:00 by default) cannot hold one until the day it is about. */
const HOMEWORK_NUDGE_UNTIL_HOUR = 20;

const ZHomeworkCandidate = z.object({
  practice_id: z.string(),
  practice_name: z.string(),
  partner_id: z.string(),
  user_id: z.string(),
  display_name: z.string(),
  email: z.string(),
  due_on: z.string(),
  exercise_count: z.number().int(),
  idempotency_key: z.string(),
});
type THomeworkCandidate = z.infer<typeof ZHomeworkCandidate>;

export function findHomeworkCandidates(
  db: Db,
  options: {
    now: Date;
    /** Days from the partner's today to the due date: 1 for tomorrow, -1 for yesterday. */
    dueInDays: number;
    keyPrefix: string;
    /** Only when some of it was assigned before the partner's today (they were just told otherwise). */
    assignedBeforeToday: boolean;
    limit: number;
  },
): Promise<THomeworkCandidate[]> {
  const key = sql`${options.keyPrefix}::text || ':' || h.partner_id::text || ':' || h.due_on::text`;
  const query = sql`with
${knownZones},
recipients as (${partnerRecipients('homework_nudges')}),
local as (
  select r.*, (${at(options.now)} at time zone r.zone) as local_now from recipients r
),
open_homework as (
  select l.practice_id, l.practice_name, l.partner_id, l.user_id, l.display_name, l.email, a.due_on,
    count(*)::int as exercise_count,
    bool_or(a.created_at < (l.local_now::date::timestamp at time zone l.zone)) as assigned_before_today
  from local l
  join assignments a on a.practice_id = l.practice_id and a.couple_id = l.couple_id
    and a.due_on = l.local_now::date + ${options.dueInDays}::int
    and a.cancelled_at is null and (a.partner_id is null or a.partner_id = l.partner_id)
  where extract(hour from l.local_now) >= ${HOMEWORK_NUDGE_HOUR}
    and extract(hour from l.local_now) < ${HOMEWORK_NUDGE_UNTIL_HOUR}
    and not exists (
      select 1 from responses re
      where re.practice_id = a.practice_id and re.assignment_id = a.id and re.status = 'submitted'
        and case when a.content->>'participation' = 'together' then re.partner_id is null
          else re.partner_id = l.partner_id end
    )
  group by l.practice_id, l.practice_name, l.partner_id, l.user_id, l.display_name, l.email, a.due_on
)
select h.practice_id::text, h.practice_name, h.partner_id::text, h.user_id::text, h.display_name, h.email,
  h.due_on::text, h.exercise_count, ${key} as idempotency_key
from open_homework h
where ${options.assignedBeforeToday ? sql`h.assigned_before_today` : sql`true`} and ${notWritten(key)}
order by h.practice_id, h.partner_id, h.due_on
limit ${options.limit}`;
  return selectRows(db, query, ZHomeworkCandidate);
}

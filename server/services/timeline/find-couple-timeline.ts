// One chronological view of a couple for staff: sessions, session notes (that one was started or
// signed, never what it says), homework given, cancelled and reviewed, and answers sent (who and
// when, never the text). One UNION ALL statement, newest first, in pages of 50.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type Tx } from '@/db/client';
import type { AnswerVisibility, SessionFormat, SessionStatus } from '@/db/schema';
import type { Actor } from '../actor';
import { findVisibleCouple } from '../homework/visible-couple';
import { practiceTimeZone } from '../practices/practice-time-zone';

const PAGE = 50;

export const TIMELINE_KINDS = [
  'session',
  'note-started',
  'note-signed',
  'homework-assigned',
  'homework-cancelled',
  'homework-reviewed',
  'answer-submitted',
] as const;
type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const ZTimelineCursor = z.object({ at: z.date(), key: z.string().min(1).max(200) });

export const ZFindCoupleTimelineInput = z.object({
  coupleId: z.uuid(),
  /** The last event of the previous page. */
  cursor: ZTimelineCursor.optional(),
});

type EventRow = {
  at: Date | string;
  key: string;
  kind: TimelineKind;
  ref_id: string;
  session_id: string | null;
  title: string | null;
  partner_id: string | null;
  session_status: SessionStatus | null;
  duration_minutes: number | null;
  format: SessionFormat | null;
  addenda: number | null;
  visibility: AnswerVisibility | null;
};

export async function findCoupleTimeline(
  tx: Tx,
  actor: Actor,
  input: z.infer<typeof ZFindCoupleTimelineInput>,
) {
  const couple = await findVisibleCouple(tx, actor, input.coupleId);
  const timeZone = await practiceTimeZone(tx, actor.practiceId);
  const p = actor.practiceId;
  const c = couple.id;
  const after = input.cursor
    ? sql`where (e.at, e.key) < (${input.cursor.at.toISOString()}::timestamptz, ${input.cursor.key} collate "C")`
    : sql``;
  // Times are cut to milliseconds so a cursor that went through a JavaScript Date matches them.
  const rows = await queryRows<EventRow>(
    tx,
    sql`
    with couple_assignments as (
      select id, title, partner_id, created_at, cancelled_at, reviewed_at from assignments
      where practice_id = ${p} and couple_id = ${c}
    ),
    couple_notes as (
      select n.id, n.session_id, n.created_at, n.signed_at,
        (select count(*)::int from session_note_addenda d where d.practice_id = n.practice_id and d.note_id = n.id) as addenda
      from session_notes n where n.practice_id = ${p} and n.couple_id = ${c}
    ),
    events as (
      select s.starts_at as at, 'session' as kind, s.id as ref_id, s.id as session_id, null::text as title,
        null::uuid as partner_id, s.status::text as session_status, s.duration_minutes::int as duration_minutes,
        s.format::text as format, null::int as addenda, null::text as visibility
      from counseling_sessions s where s.practice_id = ${p} and s.couple_id = ${c}
      union all
      select created_at, 'note-started', id, session_id, null, null, null, null, null, addenda, null from couple_notes
      union all
      select signed_at, 'note-signed', id, session_id, null, null, null, null, null, addenda, null
      from couple_notes where signed_at is not null
      union all
      select created_at, 'homework-assigned', id, null, title, partner_id, null, null, null, null, null
      from couple_assignments
      union all
      select cancelled_at, 'homework-cancelled', id, null, title, partner_id, null, null, null, null, null
      from couple_assignments where cancelled_at is not null
      union all
      select reviewed_at, 'homework-reviewed', id, null, title, partner_id, null, null, null, null, null
      from couple_assignments where reviewed_at is not null
      union all
      select r.submitted_at, 'answer-submitted', r.assignment_id, null, a.title, r.partner_id, null, null, null,
        null, r.visibility::text
      from app_staff_response_progress(array(select id from couple_assignments)) r
      join couple_assignments a on a.id = r.assignment_id
      where r.status = 'submitted'
    )
    select * from (
      select date_trunc('milliseconds', at) as at,
        (kind || ':' || ref_id || ':' || coalesce(partner_id::text, '')) collate "C" as key,
        kind, ref_id, session_id, title, partner_id, session_status, duration_minutes, format, addenda, visibility
      from events
    ) e
    ${after}
    order by e.at desc, e.key desc
    limit ${PAGE + 1}`,
  );
  const names = new Map(couple.partners.map((x) => [x.id, x.displayName]));
  const items = rows.slice(0, PAGE).map((row) => ({
    key: row.key,
    at: new Date(row.at),
    kind: row.kind,
    id: row.ref_id,
    sessionId: row.session_id,
    title: row.title,
    /** Null for homework given to both partners and answers written together. */
    partnerName: row.partner_id ? (names.get(row.partner_id) ?? null) : null,
    sessionStatus: row.session_status,
    durationMinutes: row.duration_minutes,
    format: row.format,
    addendaCount: row.addenda,
    visibility: row.visibility,
  }));
  const last = items.at(-1);
  return {
    timeZone,
    items,
    nextCursor: rows.length > PAGE && last ? { at: last.at, key: last.key } : null,
  };
}

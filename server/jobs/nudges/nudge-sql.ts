// Pieces every nudge query shares: who may be nudged, in which time zone, and how a statement's
// rows come back the same from postgres.js and PGlite.
import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Db, queryRows } from '@/db/client';

/**
 * The zone names Postgres knows, as one jsonb object: a CTE every statement using zoneOf defines.
 * A zone Postgres does not know would make `at time zone` fail the whole statement, and with it
 * every practice's nudges. MATERIALIZED: the catalogue is read once per statement (about 50 ms),
 * and each row's check is a key lookup.
 */
export const knownZones = sql`known_zones as materialized (
  select jsonb_object_agg(name, true) as names from pg_timezone_names
)`;

/** A person's zone: their own choice when Postgres knows it, else `fallback` (the practice's). Needs `kz`. */
export const zoneOf = (preferred: SQL, fallback: SQL) =>
  sql`case when kz.names ? ${preferred} then ${preferred} else ${fallback} end`;

/**
 * Partners who can be nudged: joined (an account), still an active member, not deactivated, in an
 * active couple that is not on safety hold, and not opted out of `preference` (by their own choice,
 * else by the practice's reminder default). One row per partner with their zone. The statement
 * must define `knownZones`.
 */
export function partnerRecipients(preference: 'homework_nudges' | 'session_reminders'): SQL {
  return sql`select pa.practice_id, pa.id as partner_id, pa.couple_id, pa.user_id, pa.display_name, pa.email,
      pr.name as practice_name, ${zoneOf(sql`np.time_zone`, sql`pr.time_zone`)} as zone
    from partners pa
    join couples c on c.practice_id = pa.practice_id and c.id = pa.couple_id and c.status = 'active'
    join memberships m on m.practice_id = pa.practice_id and m.user_id = pa.user_id and m.status = 'active'
    join users u on u.id = pa.user_id and u.deactivated_at is null
    join practices pr on pr.id = pa.practice_id
    left join notification_preferences np on np.user_id = pa.user_id
    cross join known_zones kz
    where coalesce(np.${sql.raw(preference)}, pr.${sql.raw(`client_${preference}`)})
      and not exists (select 1 from couple_safety_settings ss
        where ss.practice_id = pa.practice_id and ss.couple_id = pa.couple_id and ss.hold_placed_at is not null)`;
}

/** No message with this key was written yet (the insert's ON CONFLICT still settles races). */
export const notWritten = (key: SQL) =>
  sql`not exists (select 1 from email_outbox o where o.idempotency_key = ${key})`;

export const at = (now: Date) => sql`${now.toISOString()}::timestamptz`;

/** Runs one statement and checks its rows; columns must be cast to text, int or float8 in the SQL. */
export async function selectRows<T extends z.ZodType>(db: Db, query: SQL, row: T): Promise<z.output<T>[]> {
  const rows = await queryRows<unknown>(db, query);
  return z.array(row).parse(rows);
}

// Which of a couple's partners Ninefold no longer mails (their address bounced or complained), read
// through app_partner_email_suppressions: staff learn about their own practice's partners only.
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '@/db/client';

type PartnerEmailSuppression = {
  reason: 'bounce' | 'complaint';
  /** The day it happened, in the practice's time zone (YYYY-MM-DD). */
  since: string;
};

type Row = { partner_id: string; reason: PartnerEmailSuppression['reason']; since: string };

export async function findPartnerEmailSuppressions(
  tx: Tx,
  practiceId: string,
  coupleId: string,
): Promise<Map<string, PartnerEmailSuppression>> {
  const rows = await queryRows<Row>(
    tx,
    sql`
    select s.partner_id, s.reason::text as reason,
      to_char(s.suppressed_at at time zone p.time_zone, 'YYYY-MM-DD') as since
    from app_partner_email_suppressions() s
    join practices p on p.id = ${practiceId}
    where s.couple_id = ${coupleId}`,
  );
  // postgres.js answers an array of rows, PGlite an object holding them.
  return new Map(rows.map((r) => [r.partner_id, { reason: r.reason, since: r.since }]));
}

// Which couple an audit entry concerns, by name: the couple itself, a session of theirs (as target
// or named in the metadata), or a partner of theirs, as the couple filter finds them (audit-filter.ts).
// Read within the practice, in its transaction.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { counselingSessions, couples, partners } from '@/db/schema';

type TEventRef = { targetType: string; targetId: string | null; metadata: unknown };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidOrNull = (value: unknown) => (typeof value === 'string' && UUID.test(value) ? value : null);
const metadataField = (metadata: unknown, key: string) =>
  metadata && typeof metadata === 'object' ? uuidOrNull((metadata as Record<string, unknown>)[key]) : null;

function references(event: TEventRef) {
  const target = uuidOrNull(event.targetId);
  return {
    coupleId: event.targetType === 'couple' ? target : metadataField(event.metadata, 'coupleId'),
    sessionId:
      event.targetType === 'counseling_session' ? target : metadataField(event.metadata, 'sessionId'),
    partnerId: event.targetType === 'partner' ? target : null,
  };
}

async function coupleOf(
  tx: Tx,
  practiceId: string,
  table: typeof counselingSessions | typeof partners,
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: table.id, coupleId: table.coupleId })
    .from(table)
    .where(and(eq(table.practiceId, practiceId), inArray(table.id, ids)));
  return new Map(rows.map((r) => [r.id, r.coupleId]));
}

/** Each event's couple ({ id, name }) or null, in the order given. */
export async function auditEventCouples(tx: Tx, practiceId: string, events: TEventRef[]) {
  const refs = events.map(references);
  const distinct = (pick: (r: (typeof refs)[number]) => string | null) => [
    ...new Set(refs.map(pick).filter((id): id is string => id !== null)),
  ];
  const bySession = await coupleOf(
    tx,
    practiceId,
    counselingSessions,
    distinct((r) => r.sessionId),
  );
  const byPartner = await coupleOf(
    tx,
    practiceId,
    partners,
    distinct((r) => r.partnerId),
  );
  const coupleIds = refs.map(
    (r) =>
      r.coupleId ??
      (r.sessionId ? bySession.get(r.sessionId) : undefined) ??
      (r.partnerId ? byPartner.get(r.partnerId) : undefined) ??
      null,
  );
  const wanted = [...new Set(coupleIds.filter((id): id is string => id !== null))];
  const names =
    wanted.length === 0
      ? []
      : await tx
          .select({
            id: couples.id,
            name: sql<
              string | null
            >`string_agg(${partners.displayName}, ' & ' order by ${partners.position})`,
          })
          .from(couples)
          .leftJoin(
            partners,
            and(eq(partners.practiceId, couples.practiceId), eq(partners.coupleId, couples.id)),
          )
          .where(and(eq(couples.practiceId, practiceId), inArray(couples.id, wanted)))
          .groupBy(couples.id);
  const nameOf = new Map(names.map((n) => [n.id, n.name ?? 'Couple without partners']));
  return coupleIds.map((id) => {
    const name = id ? nameOf.get(id) : undefined;
    return id && name ? { id, name } : null;
  });
}

// The one dashboard request the bench makes, in its three forms: the tRPC GET the browser client
// sends (httpBatchLink and the app's transformer), the same call through the router (for counting statements),
// and the statement the raw server runs (the dashboard's own builder, rendered as the app's
// drizzle renders it).
import { PgDialect } from 'drizzle-orm/pg-core';
import { caseloadDashboardSql } from '@/server/services/dashboard/caseload-dashboard-sql';
import type { createCaller } from '@/server/trpc/root';
import { transformer } from '@/server/trpc/transformer';

/** A counselor's home: their own active couples, next session first, the first page of 50. */
const INPUT = {
  counselor: 'mine',
  status: 'active',
  sort: 'next-session',
  direction: 'asc',
  page: 1,
  pageSize: 50,
} as const;

export function benchRequestPath(): string {
  const input = encodeURIComponent(JSON.stringify({ 0: transformer.serialize(INPUT) }));
  return `/api/trpc/dashboard.caseload?batch=1&input=${input}`;
}

export function callDashboard(caller: ReturnType<typeof createCaller>) {
  return caller.dashboard.caseload(INPUT);
}

/** Couples on the page, from the tRPC batch response body. */
export function rowCountOf(body: unknown): number {
  const [first] = body as [{ result?: { data?: unknown } }];
  const data = first?.result?.data;
  if (data === undefined) return 0;
  return (transformer.deserialize(data) as { rows?: unknown[] }).rows?.length ?? 0;
}

const dialect = new PgDialect({ casing: 'snake_case' });

export function dashboardStatement(counselor: { practiceId: string; membershipId: string }): {
  text: string;
  params: unknown[];
} {
  const query = dialect.sqlToQuery(
    caseloadDashboardSql({
      practiceId: counselor.practiceId,
      counselorId: counselor.membershipId,
      status: INPUT.status,
      sort: INPUT.sort,
      direction: INPUT.direction,
      filters: { overdueOnly: false, quietOnly: false, unsignedNotesOnly: false },
      page: { limit: INPUT.pageSize, offset: 0 },
      now: new Date(),
    }),
  );
  return { text: query.sql, params: query.params };
}

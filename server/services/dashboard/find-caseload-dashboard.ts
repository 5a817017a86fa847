// The counselor's home: their caseload with what needs attention, one SQL statement per page.
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { can } from '@/server/authz/permissions';
import { forbidden } from '@/server/errors';
import type { Actor } from '../actor';
import {
  CASELOAD_MAX_PAGE_SIZE,
  caseloadDashboardSql,
  type TCaseloadDashboardJsonRow,
} from './caseload-dashboard-sql';
import { CASELOAD_ALERT_FILTERS, CASELOAD_SORTS } from './caseload-sorts';
import { runPrepared } from './run-prepared';

export const ZCaseloadDashboardInput = z.object({
  /**
   * 'mine': the actor's own couples; 'all' or a counselor's membership id: owners and admins only.
   * 'auto': the actor's own couples, or for an owner or admin with none of their own, everyone's.
   */
  counselor: z.union([z.enum(['mine', 'all', 'auto']), z.uuid()]).default('mine'),
  /** Part of a partner's name; blank means no search. */
  search: z.string().trim().max(100).default(''),
  status: z.enum(['active', 'paused', 'closed', 'any']).default('active'),
  sort: z.enum(CASELOAD_SORTS).default('next-session'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  overdueOnly: z.boolean().default(false),
  quietOnly: z.boolean().default(false),
  unsignedNotesOnly: z.boolean().default(false),
  /** Only couples with a measure alert: any, or this one; null: every couple. */
  measureAlert: z.enum(CASELOAD_ALERT_FILTERS).nullable().default(null),
  /**
   * 1-based offset paging: every sort key is a computed figure that changes between requests, and
   * the statement scores the whole caseload to sort it anyway, so a keyset cursor would save no
   * work; page numbers also let the page say "51-100 of 230".
   */
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(CASELOAD_MAX_PAGE_SIZE).default(CASELOAD_MAX_PAGE_SIZE),
});
type TCaseloadDashboardInput = z.output<typeof ZCaseloadDashboardInput>;

const isoDate = (value: string | null) => (value === null ? null : new Date(value));

export async function findCaseloadDashboard(tx: Tx, actor: Actor, input: TCaseloadDashboardInput) {
  const mayReadAll = can(actor.role, 'couples:read-all');
  const wantsOthers = !['mine', 'auto', actor.membershipId].includes(input.counselor);
  if (wantsOthers && !mayReadAll) {
    throw forbidden('Only owners and admins can see other counselors’ couples');
  }
  const counselorId =
    input.counselor === 'mine' || input.counselor === 'auto'
      ? actor.membershipId
      : input.counselor === 'all'
        ? null
        : input.counselor;
  const [row] = await runPrepared(
    tx,
    'dashboard_caseload',
    caseloadDashboardSql({
      practiceId: actor.practiceId,
      counselorId,
      everyoneIfNoneOwn: input.counselor === 'auto' && mayReadAll,
      search: input.search,
      status: input.status === 'any' ? null : input.status,
      sort: input.sort,
      direction: input.direction,
      filters: {
        overdueOnly: input.overdueOnly,
        quietOnly: input.quietOnly,
        unsignedNotesOnly: input.unsignedNotesOnly,
        measureAlert: input.measureAlert,
      },
      page: { limit: input.pageSize, offset: (input.page - 1) * input.pageSize },
      now: new Date(),
    }),
  );
  const [total, rows, showingAll] = (row ?? [0, [], false]) as [number, TCaseloadDashboardJsonRow[], boolean];
  return {
    total,
    showingAll,
    page: input.page,
    pageSize: input.pageSize,
    rows: rows.map((r) => ({
      ...r,
      createdAt: new Date(r.createdAt),
      nextSessionAt: isoDate(r.nextSessionAt),
      lastSessionAt: isoDate(r.lastSessionAt),
      lastActivityAt: isoDate(r.lastActivityAt),
    })),
  };
}

// The viewer's query string (a plain GET form, so filters survive reloads and links) to the
// service's filter. Days are UTC, as the log shows them; "to" includes its whole day.
import { z } from 'zod';
import type { TAuditFilter } from '@/server/services/audit/audit-filter';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' || v === undefined ? undefined : v), schema.optional());

const ZDay = z
  .string()
  .regex(DAY)
  .transform((day, ctx) => {
    const date = new Date(`${day}T00:00:00.000Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) {
      ctx.addIssue({ code: 'custom', message: 'Not a date' });
      return z.NEVER;
    }
    return date;
  });

const ZAuditSearchParams = z.object({
  person: optional(z.uuid()),
  action: optional(z.string().trim().min(1).max(100)),
  couple: optional(z.uuid()),
  from: optional(ZDay),
  to: optional(ZDay),
  before: optional(z.coerce.number().int().positive()),
});

type ParsedAuditSearch = { filter: TAuditFilter; beforeSeq?: number };

export function parseAuditSearchParams(
  params: Record<string, string | string[] | undefined> | URLSearchParams,
): { ok: true; value: ParsedAuditSearch } | { ok: false; invalid: string[] } {
  const entries =
    params instanceof URLSearchParams
      ? Object.fromEntries(params)
      : Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = ZAuditSearchParams.safeParse(entries);
  if (!parsed.success) return { ok: false, invalid: parsed.error.issues.map((i) => String(i.path[0])) };
  const { person, action, couple, from, to, before } = parsed.data;
  return {
    ok: true,
    value: {
      filter: {
        actorUserId: person,
        action,
        coupleId: couple,
        from,
        to: to ? new Date(to.getTime() + MS_PER_DAY) : undefined,
      },
      beforeSeq: before,
    },
  };
}

/** The filter back as a query string, for the export link and the next page. */
export function auditSearchString(params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') query.set(key, String(value));
  const text = query.toString();
  return text ? `?${text}` : '';
}

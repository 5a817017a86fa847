// The CSV download, apart from the route so tests can call it with a caller of their choosing.
// The procedure does the permission check (audit:read); a refusal answers as refusal-response.ts says.

import { refusalResponse } from '@/app/_lib/refusal-response';
import type { createCaller } from '@/server/trpc/root';
import { parseAuditSearchParams } from '../audit-search-params';

type Api = ReturnType<typeof createCaller>;

export async function auditExportResponse(
  api: Api,
  search: URLSearchParams,
  now = new Date(),
): Promise<Response> {
  const parsed = parseAuditSearchParams(search);
  if (!parsed.ok)
    return Response.json({ error: `Invalid filter: ${parsed.invalid.join(', ')}` }, { status: 400 });
  try {
    const { csv, truncated } = await api.audit.exportCsv(parsed.value.filter);
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="audit-log-${now.toISOString().slice(0, 10)}.csv"`,
        'cache-control': 'no-store',
        'x-audit-export-truncated': String(truncated),
      },
    });
  } catch (error) {
    return refusalResponse(error);
  }
}

// GET: the audit log as CSV with the viewer's filters, for owners and admins (audit:read).
import { serverApi } from '@/app/_lib/server-api';
import { auditExportResponse } from './audit-export-response';

export async function GET(request: Request, { params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  return auditExportResponse(await serverApi(practiceId), new URL(request.url).searchParams);
}

// GET: an export's ZIP, for owners and admins. The procedure checks membership and role in the
// database and audits the download; this maps its refusals to HTTP statuses.

import { downloadResponse } from '@/app/_lib/download-response';
import { serverApi } from '@/app/_lib/server-api';

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ practiceId: string; exportId: string }> },
) {
  const { practiceId, exportId } = await params;
  const api = await serverApi(practiceId);
  return downloadResponse(async () => {
    const { fileName, zip } = await api.exports.file({ exportId });
    return { body: zip, fileName, contentType: 'application/zip' };
  });
}

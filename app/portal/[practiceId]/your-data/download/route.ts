// GET: the signed-in client's own data as a JSON file. The procedure checks the membership in the
// database, keeps out what the client may not read, and audits the download.
import { downloadResponse } from '@/app/_lib/download-response';
import { serverApi } from '@/app/_lib/server-api';

export async function GET(_request: Request, { params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const api = await serverApi(practiceId);
  return downloadResponse(async () => {
    const data = await api.clientData.export();
    return {
      body: `${JSON.stringify(data, null, 2)}\n`,
      fileName: `ninefold-my-data-${data.generatedAt.slice(0, 10)}.json`,
      contentType: 'application/json; charset=utf-8',
    };
  });
}

// A file download from a procedure: the procedure checks who may and audits; a refusal answers
// with the tRPC endpoint's status for it (refusal-response.ts).
import { refusalResponse } from './refusal-response';

export async function downloadResponse(
  load: () => Promise<{ body: Uint8Array | string; fileName: string; contentType: string }>,
): Promise<Response> {
  try {
    const { body, fileName, contentType } = await load();
    return new Response(typeof body === 'string' ? body : new Blob([new Uint8Array(body)]), {
      headers: {
        'content-type': contentType,
        'content-disposition': `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`,
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    return refusalResponse(error);
  }
}

// A file download from a procedure: the procedure checks who may and audits; this turns its
// refusals into HTTP statuses (sign-in 401, not allowed 403, not found or bad id 404).
import { TRPCError } from '@trpc/server';

const STATUS: Partial<Record<TRPCError['code'], number>> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_REQUEST: 404,
};

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
    const status = error instanceof TRPCError ? STATUS[error.code] : undefined;
    if (status)
      return Response.json({ error: error instanceof Error ? error.message : 'Refused' }, { status });
    throw error;
  }
}

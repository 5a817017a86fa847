import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { createRequestContext } from '@/server/trpc/request-context';
import { appRouter } from '@/server/trpc/root';

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    createContext: () => createRequestContext(req.headers),
    onError({ error, path }) {
      // Never log inputs: they can hold clinical text. The code and path are enough to find it.
      if (error.code === 'INTERNAL_SERVER_ERROR')
        console.error(`tRPC ${path ?? '?'} failed: ${error.cause?.name ?? error.name}`);
    },
  });
}

export { handler as GET, handler as POST };

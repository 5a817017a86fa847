'use client';
// tRPC + react-query for client components inside one practice: every call carries the
// practice id as a hint, which the server verifies against the caller's membership.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import { type ReactNode, useState } from 'react';
import type { AppRouter } from '@/server/trpc/root';
import { transformer } from '@/server/trpc/transformer';

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/** `practiceId`: absent on pages that belong to no practice (the account security page). */
export function ApiProvider({ practiceId, children }: { practiceId?: string; children: ReactNode }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } }),
  );
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        httpBatchLink({
          url: '/api/trpc',
          transformer,
          headers: (): Record<string, string> => (practiceId ? { 'x-practice-id': practiceId } : {}),
        }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}

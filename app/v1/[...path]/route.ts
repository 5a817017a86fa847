// The local Stripe stand-in's API, at the address the stripe library is pointed to when
// STRIPE_SECRET_KEY is unset (server/billing/stripe-client.ts). Never served in production.
import { appLocalStripe } from '@/server/billing/local-stripe/app-stand-in';
import { handleLocalStripeRequest } from '@/server/billing/local-stripe/handler';
import { env } from '@/server/env';

async function handle(request: Request): Promise<Response> {
  if (env().mode === 'production') return new Response('Not found', { status: 404 });
  const url = new URL(request.url);
  const { db, events } = await appLocalStripe();
  const answer = await handleLocalStripeRequest(
    db,
    {
      method: request.method,
      path: url.pathname,
      query: url.search,
      headers: request.headers,
      body: request.method === 'POST' ? await request.text() : undefined,
    },
    { events },
  );
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

export { handle as DELETE, handle as GET, handle as POST };

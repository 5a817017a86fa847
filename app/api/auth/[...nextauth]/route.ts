import type { NextRequest } from 'next/server';
import { hasInvalidCallbackUrl } from '@/server/auth/callback-url';
import { handlers } from '@/server/auth/next-auth';

const refused = () => Response.json({ error: 'Invalid callback URL.' }, { status: 400 });

export const GET = (request: NextRequest) =>
  hasInvalidCallbackUrl(request) ? refused() : handlers.GET(request);
export const POST = (request: NextRequest) =>
  hasInvalidCallbackUrl(request) ? refused() : handlers.POST(request);

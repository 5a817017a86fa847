// Builds the tRPC context from an incoming request: database, verified session, request meta.

import { getCurrentSession } from '../auth/current-session';
import { requestMetaFrom } from '../auth/request-meta';
import { getDb } from '../db';
import { type Context, PRACTICE_HEADER } from './context';

export async function createRequestContext(headers: Headers, practiceId?: string | null): Promise<Context> {
  return {
    db: await getDb(),
    session: await getCurrentSession(),
    unverifiedPracticeId: practiceId ?? headers.get(PRACTICE_HEADER),
    meta: requestMetaFrom(headers),
  };
}

// Builds the tRPC context from an incoming request: database, verified session, request meta.

import { getCurrentSession } from '../auth/current-session';
import { requestMetaFrom } from '../auth/request-meta';
import { getDb } from '../db';
import { type Context, PRACTICE_HEADER } from './context';
import { ZPracticeHint } from './practice-rungs';

export async function createRequestContext(headers: Headers, practiceId?: string | null): Promise<Context> {
  const unverifiedPracticeId = practiceId ?? headers.get(PRACTICE_HEADER);
  const hint = ZPracticeHint.safeParse(unverifiedPracticeId);
  return {
    db: await getDb(),
    // With a valid practice hint, the membership there comes back in the same query as the session;
    // practiceProcedure still decides what it allows.
    session: await getCurrentSession(hint.success ? hint.data : undefined),
    unverifiedPracticeId,
    meta: requestMetaFrom(headers),
  };
}

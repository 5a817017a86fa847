import type { Db } from '@/db/client';
import type { AuthSession } from '../auth/sessions';

import type { RequestMeta } from '../services/actor';

export type { RequestMeta };

export type Context = {
  db: Db;
  session: AuthSession | null;
  /** The practice the request says it acts in; a hint until membership is checked. */
  unverifiedPracticeId: string | null;
  meta: RequestMeta;
};

export const PRACTICE_HEADER = 'x-practice-id';

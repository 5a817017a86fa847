// The couple, their safety summary and their latest sessions, loaded once per request and shared
// by the record's layout and the page inside it.
import { cache } from 'react';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';

export const loadCoupleRecord = cache(async (practiceId: string, coupleId: string) => {
  const api = await serverApi(practiceId);
  const [couple, safety, sessions] = await loadOrRedirect(() =>
    Promise.all([
      api.couples.get({ coupleId }),
      api.safety.summary({ coupleId }),
      api.sessions.forCouple({ coupleId }),
    ]),
  );
  return { couple, safety, sessions, name: couple.partners.map((p) => p.displayName).join(' & ') };
});

export type TCoupleRecord = Awaited<ReturnType<typeof loadCoupleRecord>>;
export type TRecordSession = TCoupleRecord['sessions']['upcoming'][number];

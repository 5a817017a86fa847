import { CalendarPlus, ClipboardPlus } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/app/_components/ui/button';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { formatDay } from '@/app/_lib/session-time';
import { MeasuresAtAGlance } from './_measures/measures-at-a-glance';
import { AttentionCard } from './_overview/attention-card';
import { NextSessionCard } from './_overview/next-session-card';
import { PartnersCard } from './_overview/partners-card';
import { PerceptionGapsCard } from './_overview/perception-gaps-card';
import { SinceLastSessionCard } from './_overview/since-last-session-card';
import { loadCoupleRecord } from './_record/couple-record';

export const metadata: Metadata = { title: 'Couple' };

export default async function CoupleOverviewPage({
  params,
}: {
  params: Promise<{ practiceId: string; coupleId: string }>;
}) {
  const { practiceId, coupleId } = await params;
  const record = await loadCoupleRecord(practiceId, coupleId);
  const api = await serverApi(practiceId);
  const [homework, measures] = await loadOrRedirect(() =>
    Promise.all([api.homework.forCouple({ coupleId }), api.measures.forCouple({ coupleId })]),
  );
  const { couple, sessions } = record;
  const base = `/p/${practiceId}/couples/${couple.id}`;
  const lastSession = sessions.past.find((s) => s.status !== 'cancelled');
  const canSchedule = couple.status !== 'closed';
  const canAssign = couple.status === 'active';
  return (
    <div className="flex flex-col gap-4">
      {canSchedule || canAssign ? (
        <div className="flex flex-wrap gap-2">
          {canSchedule ? (
            <Button asChild>
              <Link href={`${base}/sessions#schedule-heading`}>
                <CalendarPlus aria-hidden />
                Schedule a session
              </Link>
            </Button>
          ) : null}
          {canAssign ? (
            <Button asChild variant="secondary">
              <Link href={`${base}/homework#assign-heading`}>
                <ClipboardPlus aria-hidden />
                Assign homework
              </Link>
            </Button>
          ) : null}
        </div>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        <NextSessionCard
          session={sessions.upcoming[0]}
          timeZone={sessions.timeZone}
          base={base}
          canSchedule={canSchedule}
        />
        <AttentionCard record={record} homework={homework.items} base={base} />
      </div>
      <SinceLastSessionCard
        items={homework.items}
        partners={homework.partners}
        since={lastSession?.startsAt ?? null}
        sinceLabel={
          lastSession
            ? `Since the last session, ${formatDay(lastSession.startsAt, sessions.timeZone)}.`
            : 'No session yet, so everything they have sent.'
        }
        homeworkHref={`${base}/homework`}
        timeZone={sessions.timeZone}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <PerceptionGapsCard
          items={homework.items}
          partners={homework.partners}
          homeworkHref={`${base}/homework`}
        />
        <PartnersCard partners={couple.partners} />
      </div>
      <MeasuresAtAGlance data={measures} measuresHref={`${base}/measures`} />
    </div>
  );
}

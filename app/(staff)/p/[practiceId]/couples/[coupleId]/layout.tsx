// The couple's record: their names, what to know at a glance, and the tabs that are its pages.
import { CalendarClock, ChevronLeft, ShieldAlert, UserRound } from 'lucide-react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Badge } from '@/app/_components/ui/badge';
import { Page, PageHeader } from '@/app/_components/ui/page';
import { formatSessionTime } from '@/app/_lib/session-time';
import { loadCoupleRecord } from './_record/couple-record';
import { CoupleTabs } from './_record/couple-tabs';

export default async function CoupleRecordLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ practiceId: string; coupleId: string }>;
}) {
  const { practiceId, coupleId } = await params;
  const { couple, safety, sessions, name } = await loadCoupleRecord(practiceId, coupleId);
  const next = sessions.upcoming[0];
  const base = `/p/${practiceId}/couples/${couple.id}`;
  return (
    <Page>
      <PageHeader
        back={
          <Link href={`/p/${practiceId}/caseload`} className="inline-flex items-center gap-1">
            <ChevronLeft aria-hidden className="size-4" />
            Caseload
          </Link>
        }
        title={name}
        description={
          <ul aria-label="At a glance" className="m-0 mt-2 flex list-none flex-wrap gap-2 p-0">
            <li>
              <Badge>
                <UserRound aria-hidden />
                Counselor: {couple.counselorName}
              </Badge>
            </li>
            {couple.status === 'closed' ? (
              <li>
                <Badge tone="warning">Closed</Badge>
              </li>
            ) : couple.status === 'paused' ? (
              <li>
                <Badge tone="warning">Paused</Badge>
              </li>
            ) : null}
            {next ? (
              <li>
                <Badge tone="brand" className="whitespace-normal">
                  <CalendarClock aria-hidden />
                  Next session: {formatSessionTime(next.startsAt, next.durationMinutes, sessions.timeZone)}
                </Badge>
              </li>
            ) : null}
            {safety.openFlags > 0 ? (
              <li>
                <Badge tone="danger">
                  <ShieldAlert aria-hidden />
                  {safety.openFlags} open safety {safety.openFlags === 1 ? 'flag' : 'flags'}
                </Badge>
              </li>
            ) : null}
            {safety.hold ? (
              <li>
                <Badge tone="danger">On safety hold</Badge>
              </li>
            ) : null}
          </ul>
        }
      />
      <CoupleTabs base={base} />
      {children}
    </Page>
  );
}

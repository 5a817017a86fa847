// "Before the session": one couple's digest, linked from each caseload row. Titles, times,
// ratings and measure scores only; answer text stays on the couple page, where its visibility
// rules apply.
import { ArrowLeft, ArrowRight } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Alert } from '@/app/_components/ui/alert';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Card, CardHeader, CardTitle } from '@/app/_components/ui/card';
import { DataTable } from '@/app/_components/ui/data-table';
import { Page, PageHeader } from '@/app/_components/ui/page';
import { behaviorName, KIND_LABELS } from '@/app/_lib/homework-labels';
import type { RouterOutputs } from '@/app/_lib/router-types';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { formatInstant } from '@/app/_lib/session-time';
import { MeasuresAtAGlance } from '@/app/(staff)/p/[practiceId]/couples/[coupleId]/_measures/measures-at-a-glance';

export const metadata: Metadata = { title: 'Before the session' };

type Digest = RouterOutputs['dashboard']['digest'];
type Sent = Digest['sentTogether'][number];
type CheckInChange = Digest['partners'][number]['checkInChanges'][number];

const at = (date: Date, timeZone: string) => (
  <time dateTime={date.toISOString()}>{formatInstant(date, timeZone)}</time>
);

function SentList({ items, empty, timeZone }: { items: Sent[]; empty: string; timeZone: string }) {
  if (items.length === 0) return <p className="m-0 text-sm text-muted">{empty}</p>;
  return (
    <ul className="m-0 list-none divide-y divide-line p-0">
      {items.map((item) => (
        <li key={item.assignmentId} className="py-2.5 first:pt-0 last:pb-0">
          <p className="m-0 font-semibold">{item.title}</p>
          <p className="m-0 text-sm text-muted">
            {KIND_LABELS[item.kind]} · {behaviorName(item.behavior)} · sent {at(item.submittedAt, timeZone)}
          </p>
        </li>
      ))}
    </ul>
  );
}

function change(latest: number, previous: number | undefined) {
  if (previous === undefined) return `${latest}`;
  const delta = latest - previous;
  return `${previous} → ${latest}${delta === 0 ? ' (same)' : delta > 0 ? ` (up ${delta})` : ` (down ${-delta})`}`;
}

const checkInColumns = [
  { key: 'behavior', header: 'Behavior', cell: (c: CheckInChange) => behaviorName(c.behavior) },
  {
    key: 'self',
    header: 'Rated themself',
    cell: (c: CheckInChange) => change(c.latest.self, c.previous?.self),
  },
  {
    key: 'partner',
    header: 'Rated their partner',
    cell: (c: CheckInChange) => change(c.latest.partner, c.previous?.partner),
  },
  { key: 'on', header: 'Latest check-in', cell: (c: CheckInChange) => c.latest.on },
];

function SubHeading({ children }: { children: ReactNode }) {
  return <h3 className="m-0 mb-2 text-base font-semibold">{children}</h3>;
}

export default async function DigestPage({
  params,
}: {
  params: Promise<{ practiceId: string; coupleId: string }>;
}) {
  const { practiceId, coupleId } = await params;
  const api = await serverApi(practiceId);
  const [digest, practice, measures] = await loadOrRedirect(() =>
    Promise.all([
      api.dashboard.digest({ coupleId }),
      api.practice.current(),
      api.measures.forCouple({ coupleId }),
    ]),
  );
  const { timeZone } = practice;
  const names = digest.partners.map((p) => p.name).join(' & ');
  const since = digest.lastSessionAt ? (
    <>since the last session ({at(digest.lastSessionAt, timeZone)})</>
  ) : (
    'so far (no session yet)'
  );

  return (
    <Page>
      <PageHeader
        back={
          <Link href={`/p/${practiceId}/caseload`} className="inline-flex items-center gap-1">
            <ArrowLeft aria-hidden className="size-4" />
            Back to the caseload
          </Link>
        }
        title={`Before the session: ${names}`}
        description={
          <p className="flex flex-wrap items-center gap-2">
            {digest.quiet ? <Badge tone="accent">Quiet</Badge> : null}
            <span>
              {digest.lastActivityAt ? (
                <>Last homework activity {at(digest.lastActivityAt, timeZone)}.</>
              ) : (
                'No homework activity yet.'
              )}
            </span>
          </p>
        }
        actions={
          <Button asChild variant="secondary">
            <Link href={`/p/${practiceId}/couples/${coupleId}`}>
              Open the couple’s page
              <ArrowRight aria-hidden />
            </Link>
          </Button>
        }
      />
      {digest.largestGap ? (
        <Alert tone="warning" title="Largest perception gap" className="mb-6">
          <p>
            <strong>{behaviorName(digest.largestGap.behavior)}</strong>: the partners’ ratings differ by{' '}
            {digest.largestGap.gap} points in the week of {digest.largestGap.weekOf}.
          </p>
        </Alert>
      ) : null}
      <div className="grid items-start gap-6 lg:grid-cols-2">
        {digest.partners.map((partner) => (
          <Card key={partner.partnerId} aria-labelledby={`digest-${partner.partnerId}`}>
            <CardHeader>
              <CardTitle id={`digest-${partner.partnerId}`}>{partner.name}</CardTitle>
            </CardHeader>
            <div className="flex flex-col gap-6">
              <div>
                <SubHeading>Sent {since}</SubHeading>
                <SentList timeZone={timeZone} items={partner.sent} empty="Nothing sent." />
              </div>
              <div>
                <SubHeading>Check-in changes</SubHeading>
                {partner.checkInChanges.length === 0 ? (
                  <p className="m-0 text-sm text-muted">No check-ins shared with you.</p>
                ) : (
                  <DataTable
                    caption={`${partner.name}’s latest check-in ratings against the one before`}
                    columns={checkInColumns}
                    rows={partner.checkInChanges}
                    rowKey={(c) => c.behavior}
                  />
                )}
              </div>
            </div>
          </Card>
        ))}
        {digest.sentTogether.length > 0 ? (
          <Card aria-labelledby="digest-together" className="lg:col-span-2">
            <CardHeader>
              <CardTitle id="digest-together">Done together</CardTitle>
            </CardHeader>
            <SentList timeZone={timeZone} items={digest.sentTogether} empty="" />
          </Card>
        ) : null}
      </div>
      <div className="mt-6">
        <MeasuresAtAGlance data={measures} measuresHref={`/p/${practiceId}/couples/${coupleId}/measures`} />
      </div>
    </Page>
  );
}

import { Lock } from 'lucide-react';
import type { Metadata } from 'next';
import { Badge } from '@/app/_components/ui/badge';
import { Card, CardHeader, CardTitle } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { CHECK_IN_CADENCES } from '@/server/services/safety/check-in-cadences';
import { CHECK_IN_QUESTIONS } from '@/server/services/safety/check-in-wording';
import { AcknowledgeFlagForm } from './acknowledge-flag-form';
import { CadenceForm } from './cadence-form';
import { HoldControl } from './hold-control';

export const metadata: Metadata = { title: 'Safety' };

const ANSWER_LABELS = { yes: 'Yes', sometimes: 'Sometimes', no: 'No' } as const;

export default async function CoupleSafetyPage({
  params,
}: {
  params: Promise<{ practiceId: string; coupleId: string }>;
}) {
  const { practiceId, coupleId } = await params;
  const api = await serverApi(practiceId);
  const [practice, safety] = await loadOrRedirect(() =>
    Promise.all([api.practice.current(), api.safety.get({ coupleId })]),
  );
  const when = (date: Date) =>
    date.toLocaleString('en-US', { timeZone: practice.timeZone, dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="flex flex-col gap-6">
      <p className="m-0 flex gap-2 text-sm text-muted">
        <Lock aria-hidden className="mt-0.5 size-4 shrink-0" />
        Check-in answers are private to each partner and you: the other partner never sees them or learns that
        they exist, and nothing about safety is ever emailed. Opening this page is recorded in the audit log.
      </p>

      <div className="grid gap-4 lg:grid-cols-2">
        <Card aria-labelledby="hold-heading">
          <CardHeader>
            <CardTitle id="hold-heading">Safety hold</CardTitle>
          </CardHeader>
          <HoldControl
            coupleId={coupleId}
            hold={
              safety.hold ? { placedAt: when(safety.hold.placedAt), placedBy: safety.hold.placedBy } : null
            }
          />
        </Card>
        <Card aria-labelledby="cadence-heading">
          <CardHeader>
            <CardTitle id="cadence-heading">Check-in schedule</CardTitle>
          </CardHeader>
          <CadenceForm
            coupleId={coupleId}
            current={safety.checkInCadenceDays}
            choices={[...CHECK_IN_CADENCES]}
          />
        </Card>
      </div>

      <section aria-labelledby="flags-heading">
        <h2 id="flags-heading" className="mt-0 mb-3">
          Flags
        </h2>
        {safety.flags.length === 0 ? (
          <EmptyState title="No flags raised">
            A check-in answer that suggests a concern, or a PHQ-9 item 9 answered above “Not at all”, raises a
            flag here for you to acknowledge.
          </EmptyState>
        ) : (
          <ul className="m-0 grid list-none gap-3 p-0">
            {safety.flags.map((flag) => (
              <li key={flag.id}>
                <Card className={flag.acknowledgedAt ? undefined : 'border-danger-100'}>
                  <p className="m-0 mb-3 flex flex-wrap items-center gap-2">
                    {flag.acknowledgedAt ? (
                      <Badge tone="success">Acknowledged</Badge>
                    ) : (
                      <Badge tone="danger">Open</Badge>
                    )}
                    <span>
                      {flag.source === 'check-in' ? (
                        <>
                          <strong>{flag.partnerName}</strong>’s check-in of {when(flag.raisedAt)}
                        </>
                      ) : (
                        <>
                          <strong>{flag.partnerName}</strong>’s PHQ-9 of {when(flag.raisedAt)}: item 9
                          (thoughts of being better off dead or of self-harm) answered above “Not at all”
                        </>
                      )}
                    </span>
                  </p>
                  {flag.acknowledgedAt ? (
                    <p className="m-0 text-sm">
                      <span className="text-muted">
                        {flag.acknowledgedBy} on {when(flag.acknowledgedAt)}:
                      </span>{' '}
                      {flag.note}
                    </p>
                  ) : (
                    <AcknowledgeFlagForm flagId={flag.id} partnerName={flag.partnerName} />
                  )}
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="check-ins-heading">
        <h2 id="check-ins-heading" className="mt-0 mb-3">
          Check-ins
        </h2>
        {safety.checkIns.length === 0 ? (
          <EmptyState title="No check-ins yet">
            Each partner is asked at their first portal sign-in, then on the schedule above.
          </EmptyState>
        ) : (
          <div className="grid gap-3">
            {safety.checkIns.map((checkIn) => (
              <Card key={checkIn.id} aria-labelledby={`check-in-${checkIn.id}`}>
                <CardTitle as="h3" id={`check-in-${checkIn.id}`} className="mb-3 text-base">
                  {checkIn.partnerName} · {when(checkIn.submittedAt)}
                </CardTitle>
                <dl className="m-0 divide-y divide-line">
                  {CHECK_IN_QUESTIONS.map((q) => {
                    const answer = checkIn.answers[q.id];
                    const concern = checkIn.concerns.includes(q.id);
                    return (
                      <div key={q.id} className="grid gap-1 py-2 sm:grid-cols-[1fr_auto] sm:gap-4">
                        <dt className="text-sm">{q.text}</dt>
                        <dd className="m-0 flex items-center gap-2 text-sm font-semibold">
                          {answer ? (
                            ANSWER_LABELS[answer]
                          ) : (
                            <span className="font-normal text-muted">Not answered</span>
                          )}
                          {concern ? <Badge tone="danger">Concern</Badge> : null}
                        </dd>
                      </div>
                    );
                  })}
                </dl>
                {checkIn.note ? (
                  <div className="mt-3 rounded-md border border-dashed border-line-strong bg-paper p-3">
                    <h4 className="m-0 mb-1 text-sm font-semibold">Privately to you</h4>
                    <p className="m-0 whitespace-pre-wrap">{checkIn.note}</p>
                  </div>
                ) : null}
              </Card>
            ))}
          </div>
        )}
      </section>
    </div>
  );
}

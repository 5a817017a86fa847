import type { Metadata } from 'next';
import Link from 'next/link';
import { CHECK_IN_QUESTIONS } from '../../../../../../../server/services/safety/check-in-wording';
import { CHECK_IN_CADENCES } from '../../../../../../../server/services/safety/safety-settings';
import { loadOrRedirect, serverApi } from '../../../../../../_lib/server-api';
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
  const [couple, practice, safety] = await loadOrRedirect(() =>
    Promise.all([api.couples.get({ coupleId }), api.practice.current(), api.safety.get({ coupleId })]),
  );
  const name = couple.partners.map((p) => p.displayName).join(' & ');
  const when = (date: Date) =>
    date.toLocaleString('en-US', { timeZone: practice.timeZone, dateStyle: 'medium', timeStyle: 'short' });
  return (
    <main id="main" className="narrow">
      <p>
        <Link href={`/p/${practiceId}/couples/${coupleId}`}>← {name}</Link>
      </p>
      <h1>Safety · {name}</h1>
      <p className="muted">
        Check-in answers are private to each partner and you: the other partner never sees them or learns that
        they exist, and nothing about safety is ever emailed. Opening this page is recorded in the audit log.
      </p>

      <section aria-labelledby="hold-heading">
        <h2 id="hold-heading">Safety hold</h2>
        <HoldControl
          coupleId={coupleId}
          hold={safety.hold ? { placedAt: when(safety.hold.placedAt), placedBy: safety.hold.placedBy } : null}
        />
      </section>

      <section aria-labelledby="flags-heading">
        <h2 id="flags-heading">Flags</h2>
        {safety.flags.length === 0 ? (
          <p className="card muted">No flags raised.</p>
        ) : (
          <ul className="safety-flags">
            {safety.flags.map((flag) => (
              <li key={flag.id} className="card">
                <p>
                  {flag.acknowledgedAt ? (
                    <span className="badge">Acknowledged</span>
                  ) : (
                    <span className="badge danger">Open</span>
                  )}{' '}
                  <strong>{flag.partnerName}</strong>’s check-in of {when(flag.raisedAt)}
                </p>
                {flag.acknowledgedAt ? (
                  <p>
                    {flag.acknowledgedBy} on {when(flag.acknowledgedAt)}: {flag.note}
                  </p>
                ) : (
                  <AcknowledgeFlagForm flagId={flag.id} partnerName={flag.partnerName} />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="check-ins-heading">
        <h2 id="check-ins-heading">Check-ins</h2>
        <CadenceForm
          coupleId={coupleId}
          current={safety.checkInCadenceDays}
          choices={[...CHECK_IN_CADENCES]}
        />
        {safety.checkIns.length === 0 ? (
          <p className="card muted">No check-ins yet. Each partner is asked at their first portal sign-in.</p>
        ) : (
          safety.checkIns.map((checkIn) => (
            <article key={checkIn.id} className="card" aria-labelledby={`check-in-${checkIn.id}`}>
              <h3 id={`check-in-${checkIn.id}`}>
                {checkIn.partnerName} · {when(checkIn.submittedAt)}
              </h3>
              <dl className="facts">
                {CHECK_IN_QUESTIONS.map((q) => {
                  const answer = checkIn.answers[q.id];
                  const concern = checkIn.concerns.includes(q.id);
                  return (
                    <div key={q.id}>
                      <dt>{q.text}</dt>
                      <dd>
                        {answer ? ANSWER_LABELS[answer] : <span className="muted">Not answered</span>}
                        {concern ? <span className="badge danger"> Concern</span> : null}
                      </dd>
                    </div>
                  );
                })}
              </dl>
              {checkIn.note ? (
                <>
                  <h4>Privately to you</h4>
                  <p className="private-answer">{checkIn.note}</p>
                </>
              ) : null}
            </article>
          ))
        )}
      </section>
    </main>
  );
}

// "Before the session": one couple's digest, linked from each caseload row. Titles, times and
// ratings only; answer text stays on the couple page, where its visibility rules apply.
import type { Metadata } from 'next';
import Link from 'next/link';
import { behaviorName, KIND_LABELS } from '../../../../../../_lib/homework-labels';
import type { RouterOutputs } from '../../../../../../_lib/router-types';
import { loadOrRedirect, serverApi } from '../../../../../../_lib/server-api';
import { formatInstant } from '../../../../../../_lib/session-time';

export const metadata: Metadata = { title: 'Before the session' };

type Digest = RouterOutputs['dashboard']['digest'];
type Sent = Digest['sentTogether'][number];

const at = (date: Date, timeZone: string) => (
  <time dateTime={date.toISOString()}>{formatInstant(date, timeZone)}</time>
);

function SentList({ items, empty, timeZone }: { items: Sent[]; empty: string; timeZone: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="list">
      {items.map((item) => (
        <li key={item.assignmentId}>
          <strong>{item.title}</strong>{' '}
          <span className="muted">
            {KIND_LABELS[item.kind]} · {behaviorName(item.behavior)} · sent {at(item.submittedAt, timeZone)}
          </span>
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

export default async function DigestPage({
  params,
}: {
  params: Promise<{ practiceId: string; coupleId: string }>;
}) {
  const { practiceId, coupleId } = await params;
  const api = await serverApi(practiceId);
  const [digest, practice] = await loadOrRedirect(() =>
    Promise.all([api.dashboard.digest({ coupleId }), api.practice.current()]),
  );
  const { timeZone } = practice;
  const names = digest.partners.map((p) => p.name).join(' & ');
  const since = digest.lastSessionAt ? (
    <>since the last session ({at(digest.lastSessionAt, timeZone)})</>
  ) : (
    'so far (no session yet)'
  );

  return (
    <main id="main">
      <p>
        <Link href={`/p/${practiceId}/caseload`}>Back to the caseload</Link>
      </p>
      <h1>Before the session: {names}</h1>
      <p>
        {digest.quiet ? <span className="badge warn">Quiet</span> : null}{' '}
        {digest.lastActivityAt ? (
          <>Last homework activity {at(digest.lastActivityAt, timeZone)}.</>
        ) : (
          'No homework activity yet.'
        )}{' '}
        <Link href={`/p/${practiceId}/couples/${coupleId}`}>Open the couple’s page</Link>
      </p>
      {digest.largestGap ? (
        <p className="card">
          Largest perception gap: <strong>{behaviorName(digest.largestGap.behavior)}</strong>,{' '}
          {digest.largestGap.gap} points in the week of {digest.largestGap.weekOf}.
        </p>
      ) : null}
      {digest.partners.map((partner) => (
        <section key={partner.partnerId} className="card" aria-labelledby={`digest-${partner.partnerId}`}>
          <h2 id={`digest-${partner.partnerId}`}>{partner.name}</h2>
          <h3>Sent {since}</h3>
          <SentList timeZone={timeZone} items={partner.sent} empty="Nothing sent." />
          <h3>Check-in changes</h3>
          {partner.checkInChanges.length === 0 ? (
            <p className="muted">No check-ins shared with you.</p>
          ) : (
            <table className="responsive">
              <caption className="sr-only">
                {partner.name}’s latest check-in ratings against the one before
              </caption>
              <thead>
                <tr>
                  <th scope="col">Behavior</th>
                  <th scope="col">Rated themself</th>
                  <th scope="col">Rated their partner</th>
                  <th scope="col">Latest check-in</th>
                </tr>
              </thead>
              <tbody>
                {partner.checkInChanges.map((c) => (
                  <tr key={c.behavior}>
                    <th scope="row">{behaviorName(c.behavior)}</th>
                    <td>{change(c.latest.self, c.previous?.self)}</td>
                    <td>{change(c.latest.partner, c.previous?.partner)}</td>
                    <td>{c.latest.on}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
      {digest.sentTogether.length > 0 ? (
        <section className="card" aria-labelledby="digest-together">
          <h2 id="digest-together">Done together</h2>
          <SentList timeZone={timeZone} items={digest.sentTogether} empty="" />
        </section>
      ) : null}
    </main>
  );
}

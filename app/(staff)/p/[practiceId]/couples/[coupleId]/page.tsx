import type { Metadata } from 'next';
import Link from 'next/link';
import { loadOrRedirect, serverApi } from '../../../../../_lib/server-api';
import { CoupleFileSection } from './_closing/couple-file-section';
import { HomeworkSection } from './_homework/homework-section';
import { PrivateAnswersSection } from './_privacy/private-answers-section';
import { SafetySection } from './_safety/safety-section';
import { parseSessionsCursor } from './_sessions/sessions-cursor';
import { SessionsSection } from './_sessions/sessions-section';
import { PartnerEmailNotice } from './partner-email-notice';

export const metadata: Metadata = { title: 'Couple' };

export default async function CouplePage({
  params,
  searchParams,
}: {
  params: Promise<{ practiceId: string; coupleId: string }>;
  searchParams: Promise<{ sessionsBefore?: string | string[] }>;
}) {
  const { practiceId, coupleId } = await params;
  const { sessionsBefore } = await searchParams;
  const api = await serverApi(practiceId);
  const [couple, practice] = await loadOrRedirect(() =>
    Promise.all([api.couples.get({ coupleId }), api.practice.current()]),
  );
  const name = couple.partners.map((p) => p.displayName).join(' & ');
  return (
    <main id="main">
      <p>
        <Link href={`/p/${practiceId}/caseload`}>← Caseload</Link>
      </p>
      <h1>
        {name} {couple.status === 'closed' ? <span className="badge warn">Closed</span> : null}
      </h1>
      <p className="muted">
        Counselor: {couple.counselorName} · Status: {couple.status} ·{' '}
        <Link href={`/p/${practiceId}/couples/${couple.id}/progress`}>Progress by behavior</Link> ·{' '}
        <Link href={`/p/${practiceId}/couples/${couple.id}/timeline`}>Timeline</Link>
      </p>
      <h2>Partners</h2>
      <ul className="list card">
        {couple.partners.map((p) => (
          <li key={p.id}>
            <span>
              <strong>{p.displayName}</strong> <span className="muted">{p.email}</span>
            </span>
            {p.joined ? (
              <span className="badge">Joined the portal</span>
            ) : (
              <span className="badge warn">Invitation sent{p.invitationExpiresAt ? '' : ' (expired)'}</span>
            )}
            {p.emailSuppression ? <PartnerEmailNotice suppression={p.emailSuppression} /> : null}
          </li>
        ))}
      </ul>
      <SafetySection practiceId={practiceId} coupleId={couple.id} />
      <CoupleFileSection
        practiceId={practiceId}
        couple={{ id: couple.id, name, status: couple.status, closedAt: couple.closedAt }}
        timeZone={practice.timeZone}
      />
      <SessionsSection
        practiceId={practiceId}
        coupleId={couple.id}
        canSchedule={couple.status !== 'closed'}
        before={parseSessionsCursor(sessionsBefore)}
      />
      <HomeworkSection
        practiceId={practiceId}
        coupleId={couple.id}
        canAssign={couple.status === 'active'}
        timeZone={practice.timeZone}
      />
      <PrivateAnswersSection
        coupleId={couple.id}
        partners={couple.partners.map((p) => ({ id: p.id, displayName: p.displayName }))}
      />
    </main>
  );
}

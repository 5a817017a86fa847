import type { Metadata } from 'next';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { PortalPage } from './portal-page';
import { QuestionnairesDue } from './questionnaires-due';
import { SafetyNotices } from './safety-notices';
import { ThisWeek } from './this-week';
import { UpcomingSessions } from './upcoming-sessions';

export const metadata: Metadata = { title: 'This week' };

export default async function PortalHomePage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const api = await serverApi(practiceId);
  const [home, week, sessions, safety, questionnaires] = await loadOrRedirect(() =>
    Promise.all([
      api.portal.home(),
      api.portal.homework.list(),
      api.portal.upcomingSessions(),
      api.safety.myStatus(),
      api.measures.myDue(),
    ]),
  );
  return (
    <PortalPage>
      <div>
        <h1 className="m-0">Hi {home.me.split(' ')[0]}</h1>
        <p className="m-0 mt-1 text-muted">
          {home.me}
          {home.partner ? ` & ${home.partner}` : ''} · Counselor: {home.counselorName}
        </p>
      </div>
      <SafetyNotices practiceId={practiceId} status={safety} />
      <QuestionnairesDue practiceId={practiceId} due={questionnaires} timeZone={sessions.timeZone} />
      <ThisWeek practiceId={practiceId} items={week.items} partnerFirstName={home.partner?.split(' ')[0]} />
      <UpcomingSessions sessions={sessions.items} timeZone={sessions.timeZone} />
    </PortalPage>
  );
}

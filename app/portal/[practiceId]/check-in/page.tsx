import type { Metadata } from 'next';
import Link from 'next/link';
import { loadOrRedirect, serverApi } from '../../../_lib/server-api';
import { CheckInForm } from './check-in-form';

export const metadata: Metadata = { title: 'Private check-in' };

export default async function CheckInPage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const api = await serverApi(practiceId);
  const [status, resources] = await loadOrRedirect(() =>
    Promise.all([api.safety.myStatus(), api.safety.resources()]),
  );
  return (
    <main id="main" className="narrow">
      <h1>Your private check-in</h1>
      {status.checkInDue ? (
        <>
          <p>
            These questions are for you alone. Only you and your counselor can see your answers; your partner
            is never shown them or told whether you answered. Skip any question you prefer not to answer.
          </p>
          <CheckInForm practiceId={practiceId} crisisLines={resources.lines} />
        </>
      ) : (
        <p className="card">
          You are up to date. If you want to tell your counselor something privately, you can also bring it up
          at your next session. <Link href={`/portal/${practiceId}/support`}>Support lines</Link> are open at
          any hour.
        </p>
      )}
    </main>
  );
}

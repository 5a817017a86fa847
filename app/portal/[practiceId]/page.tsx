import type { Metadata } from 'next';
import { SignOutButton } from '../../_components/sign-out-button';
import { loadOrRedirect, serverApi } from '../../_lib/server-api';

export const metadata: Metadata = { title: 'Your space' };

export default async function PortalHomePage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const api = await serverApi(practiceId);
  const home = await loadOrRedirect(() => api.portal.home());
  return (
    <>
      <header className="site-header">
        <div className="bar">
          <span className="brand">Ninefold · {home.practiceName}</span>
          <SignOutButton />
        </div>
      </header>
      <main id="main" className="narrow">
        <h1>Hi {home.me.split(' ')[0]}</h1>
        <section className="card" aria-labelledby="couple-heading">
          <h2 id="couple-heading">Your couple space</h2>
          <p>
            {home.me}
            {home.partner ? ` & ${home.partner}` : ''}
          </p>
          <p className="muted">Counselor: {home.counselorName}</p>
        </section>
        <section className="card" aria-labelledby="homework-heading">
          <h2 id="homework-heading">This week</h2>
          <p className="muted">
            Nothing assigned yet. Your counselor will add exercises here after your next session.
          </p>
        </section>
      </main>
    </>
  );
}

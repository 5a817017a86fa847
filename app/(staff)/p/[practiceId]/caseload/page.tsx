import type { Metadata } from 'next';
import Link from 'next/link';
import { loadOrRedirect, serverApi } from '../../../../_lib/server-api';
import { AddCoupleForm } from './add-couple-form';

export const metadata: Metadata = { title: 'Caseload' };

export default async function CaseloadPage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const api = await serverApi(practiceId);
  const caseload = await loadOrRedirect(() => api.couples.find({ scope: 'mine' }));
  return (
    <main id="main">
      <h1>Your caseload</h1>
      {caseload.items.length === 0 ? (
        <p className="card">
          No couples yet. Add the first couple below; both partners get an email invitation.
        </p>
      ) : (
        <table className="responsive">
          <caption className="muted">Active couples, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Couple</th>
              <th scope="col">Portal</th>
              <th scope="col">Added</th>
            </tr>
          </thead>
          <tbody>
            {caseload.items.map((couple) => (
              <tr key={couple.id}>
                <td>
                  <Link href={`/p/${practiceId}/couples/${couple.id}`}>
                    {couple.partnerNames.join(' & ')}
                  </Link>
                </td>
                <td>
                  {couple.partnersJoined === 2 ? (
                    <span className="badge">Both joined</span>
                  ) : (
                    <span className="badge warn">{couple.partnersJoined} of 2 joined</span>
                  )}
                </td>
                <td>{couple.createdAt.toLocaleDateString('en-US', { dateStyle: 'medium' })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {caseload.nextCursor ? <p className="muted">Showing the newest 50 couples.</p> : null}
      <AddCoupleForm />
    </main>
  );
}

import type { Metadata } from 'next';
import { loadOrRedirect, serverApi } from '../../../../_lib/server-api';

export const metadata: Metadata = { title: 'Audit log' };

export default async function AuditPage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const api = await serverApi(practiceId);
  const events = await loadOrRedirect(() => api.audit.find({}));
  return (
    <main id="main">
      <h1>Audit log</h1>
      <table className="responsive">
        <caption className="muted">The latest 50 events</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {events.items.map((e) => (
            <tr key={e.id}>
              <td>{e.createdAt.toISOString().replace('T', ' ').slice(0, 19)} UTC</td>
              <td>{e.actorName ?? 'System'}</td>
              <td>
                {e.action} <span className="muted">{e.targetType}</span>
              </td>
              <td>{e.ip ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}

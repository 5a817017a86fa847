import type { Metadata } from 'next';
import Link from 'next/link';
import { BEHAVIOR_LABELS } from '../../../../server/services/homework/behavior-labels';
import { KIND_LABELS } from '../../../_lib/homework-labels';
import { loadOrRedirect, serverApi } from '../../../_lib/server-api';

export const metadata: Metadata = { title: 'Done' };

export default async function PortalHistoryPage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const api = await serverApi(practiceId);
  const history = await loadOrRedirect(() => api.portal.homework.history({}));
  return (
    <main id="main" className="narrow">
      <h1>Done</h1>
      {history.items.length === 0 ? (
        <p className="card muted">Homework you finish appears here.</p>
      ) : (
        <ul className="homework-list">
          {history.items.map((item) => (
            <li key={item.id} className="card homework-item">
              <h2 className="h3">
                <Link href={`/portal/${practiceId}/homework/${item.id}`}>{item.title}</Link>
              </h2>
              <p className="muted">
                {BEHAVIOR_LABELS[item.behavior].name} · {KIND_LABELS[item.kind]} · sent{' '}
                {item.submittedAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' })}
              </p>
              {item.reviewComment ? (
                <p>
                  <strong>Counselor:</strong> {item.reviewComment}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}

import type { Metadata } from 'next';
import { loadOrRedirect, serverApi } from '../../../_lib/server-api';

export const metadata: Metadata = { title: 'Support' };

/** Reachable from the portal's navigation for every partner, always. */
export default async function SupportPage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const api = await serverApi(practiceId);
  const resources = await loadOrRedirect(() => api.safety.resources());
  return (
    <main id="main" className="narrow">
      <h1>Support</h1>
      <p>
        If you are in danger right now, call your local emergency number. These lines are free, confidential
        and open at any hour; you do not need to be sure something is wrong to call.
      </p>
      <ul className="support-lines">
        {resources.lines.map((line) => (
          <li key={line.name} className="card">
            <h2>{line.name}</h2>
            <p className="support-contact">{line.contact}</p>
            {line.description ? <p>{line.description}</p> : null}
            {line.url ? (
              <p>
                <a href={line.url} rel="noreferrer" target="_blank">
                  {line.url.replace(/^https:\/\//, '')}
                  <span className="sr-only"> (opens in a new tab)</span>
                </a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="muted">
        Using a shared phone or computer? The Quick exit link at the top of every page leaves this site at
        once.
      </p>
    </main>
  );
}

import type { Metadata } from 'next';
import { loadOrRedirect, serverApi } from '../../../_lib/server-api';
import { CrisisLineList } from './crisis-line-list';

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
      <CrisisLineList lines={resources.lines} />
      <p className="muted">
        Using a shared phone or computer? The Quick exit link at the top of every page leaves this site at
        once.
      </p>
    </main>
  );
}

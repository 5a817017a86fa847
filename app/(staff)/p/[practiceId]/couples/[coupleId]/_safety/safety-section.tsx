// The couple page's safety line: open flags, the hold, the check-in cadence, and the way to the
// couple's safety page. Nothing here opens a check-in, so nothing is audited.
import Link from 'next/link';
import { serverApi } from '../../../../../../_lib/server-api';
import { cadenceLabel } from './cadence-label';

export async function SafetySection({ practiceId, coupleId }: { practiceId: string; coupleId: string }) {
  const api = await serverApi(practiceId);
  const safety = await api.safety.summary({ coupleId });
  return (
    <section aria-labelledby="safety-heading" className="card safety-summary">
      <h2 id="safety-heading">Safety</h2>
      <p>
        {safety.openFlags > 0 ? (
          <span className="badge danger">
            {safety.openFlags} open safety {safety.openFlags === 1 ? 'flag' : 'flags'}
          </span>
        ) : (
          <span className="badge">No open safety flags</span>
        )}{' '}
        {safety.hold ? <span className="badge danger">On safety hold</span> : null}
      </p>
      <p className="muted">Private check-ins: {cadenceLabel(safety.checkInCadenceDays)}.</p>
      <p>
        <Link href={`/p/${practiceId}/couples/${coupleId}/safety`}>Check-ins, flags and safety hold</Link>
      </p>
    </section>
  );
}

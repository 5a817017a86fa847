import { loadOrRedirect, serverApi } from '../../../../../../_lib/server-api';
import { formatDay, formatInstant } from '../../../../../../_lib/session-time';
import { CoupleFileDialog } from './couple-file-dialog';

/** Whether the couple's file is open or closed, and the way to close or reopen it. */
export async function CoupleFileSection({
  practiceId,
  couple,
  timeZone,
}: {
  practiceId: string;
  couple: { id: string; name: string; status: 'active' | 'paused' | 'closed'; closedAt: Date | null };
  timeZone: string;
}) {
  const api = await serverApi(practiceId);
  if (couple.status === 'closed') {
    return (
      <section aria-labelledby="file-heading">
        <h2 id="file-heading">File</h2>
        <p className="alert alert-warn">
          Closed{couple.closedAt ? ` on ${formatDay(couple.closedAt, timeZone)}` : ''}. The partners can read
          their homework and download their data, but cannot answer; no reminders are sent and no sessions can
          be booked.
        </p>
        <CoupleFileDialog coupleId={couple.id} coupleName={couple.name} closing={false}>
          <p>
            The partners can answer homework again and email reminders resume. Sessions cancelled when the
            file was closed stay cancelled: book new ones.
          </p>
        </CoupleFileDialog>
      </section>
    );
  }
  const preview = await loadOrRedirect(() => api.couples.closingPreview({ coupleId: couple.id }));
  const more = preview.upcomingSessionCount - preview.upcomingSessions.length;
  return (
    <section aria-labelledby="file-heading">
      <h2 id="file-heading">File</h2>
      <CoupleFileDialog coupleId={couple.id} coupleName={couple.name} closing>
        <p>
          The partners can still sign in, read their homework and download their data, but can no longer
          answer. Email reminders stop. You can reopen the file later.
        </p>
        {preview.upcomingSessions.length === 0 ? (
          <p>No sessions are booked ahead.</p>
        ) : (
          <>
            <p>These upcoming sessions will be cancelled and their reminders withdrawn:</p>
            <ul>
              {preview.upcomingSessions.map((s) => (
                <li key={s.id}>{formatInstant(s.startsAt, timeZone)}</li>
              ))}
              {more > 0 ? <li>and {more} more</li> : null}
            </ul>
          </>
        )}
      </CoupleFileDialog>
    </section>
  );
}

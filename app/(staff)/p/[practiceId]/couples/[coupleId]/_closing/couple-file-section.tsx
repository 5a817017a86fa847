import { Archive, FolderOpen } from 'lucide-react';
import { Alert } from '@/app/_components/ui/alert';
import { Card, CardDescription, CardHeader, CardTitle } from '@/app/_components/ui/card';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { formatDay, formatInstant } from '@/app/_lib/session-time';
import { CoupleFileDialog } from './couple-file-dialog';

type Preview = { upcomingSessions: { id: string; startsAt: Date }[]; upcomingSessionCount: number };

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
  const closed = couple.status === 'closed';
  const api = await serverApi(practiceId);
  const preview = closed
    ? null
    : await loadOrRedirect(() => api.couples.closingPreview({ coupleId: couple.id }));
  const Icon = closed ? Archive : FolderOpen;
  // One shape whether open or closed, so the dialog (and its message and focus) stays put when
  // the page refreshes after a change.
  return (
    <Card aria-labelledby="file-heading">
      <CardHeader className="block">
        <CardTitle id="file-heading" className="flex items-center gap-2">
          <Icon aria-hidden className="size-5 text-brand-700" />
          {closed ? 'The file is closed' : 'The file is open'}
        </CardTitle>
        <CardDescription>
          {closed
            ? 'Reopen it when the couple comes back to counseling.'
            : 'Close it when counseling ends. You can reopen it later.'}
        </CardDescription>
      </CardHeader>
      {closed ? (
        <Alert tone="warning" className="mb-4">
          <p>
            Closed{couple.closedAt ? ` on ${formatDay(couple.closedAt, timeZone)}` : ''}. The partners can
            read their homework and download their data, but cannot answer; no reminders are sent and no
            sessions can be booked.
          </p>
        </Alert>
      ) : null}
      <CoupleFileDialog coupleId={couple.id} coupleName={couple.name} closing={!closed}>
        {preview ? (
          <ClosingConsequences preview={preview} timeZone={timeZone} />
        ) : (
          <p>
            The partners can answer homework again and email reminders resume. Sessions cancelled when the
            file was closed stay cancelled: book new ones.
          </p>
        )}
      </CoupleFileDialog>
    </Card>
  );
}

function ClosingConsequences({ preview, timeZone }: { preview: Preview; timeZone: string }) {
  const more = preview.upcomingSessionCount - preview.upcomingSessions.length;
  return (
    <>
      <p>
        The partners can still sign in, read their homework and download their data, but can no longer answer.
        Email reminders stop. You can reopen the file later.
      </p>
      {preview.upcomingSessions.length === 0 ? (
        <p>No sessions are booked ahead.</p>
      ) : (
        <>
          <p>These upcoming sessions will be cancelled and their reminders withdrawn:</p>
          <ul className="m-0 mb-2 list-disc pl-5">
            {preview.upcomingSessions.map((s) => (
              <li key={s.id}>{formatInstant(s.startsAt, timeZone)}</li>
            ))}
            {more > 0 ? <li>and {more} more</li> : null}
          </ul>
        </>
      )}
    </>
  );
}

import Link from 'next/link';
import { Alert } from '@/app/_components/ui/alert';
import { serverApi } from '@/app/_lib/server-api';

/** Shown on every portal page once the counselor has closed the couple's file. */
export async function ClosedFileBanner({ practiceId }: { practiceId: string }) {
  const api = await serverApi(practiceId);
  // The page below loads the same and says what went wrong; the banner just stays away then.
  const home = await api.portal.home().catch(() => null);
  if (home?.status !== 'closed') return null;
  const closingQuestions = (await api.measures.myDue().catch(() => [])).length > 0;
  return (
    <div className="mx-auto max-w-2xl px-4 pt-4">
      <Alert tone="info" role="status">
        <p>
          Your counselor has closed this file. You can still read everything here and download your data;
          homework answers can no longer be sent.
          {closingQuestions ? (
            <>
              {' '}
              Your counselor would value your answers to a few{' '}
              <Link href={`/portal/${practiceId}`}>closing questions</Link>.
            </>
          ) : null}
        </p>
      </Alert>
    </div>
  );
}

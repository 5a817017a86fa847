// The top of the portal's home: the private check-in when it is due for this partner, and a
// neutral note while the counselor has paused shared work. Neither says why, and neither depends
// on anything the other partner did.
import Link from 'next/link';

export function SafetyNotices({
  practiceId,
  status,
}: {
  practiceId: string;
  status: { checkInDue: boolean; sharedWorkPaused: boolean };
}) {
  return (
    <>
      {status.sharedWorkPaused ? (
        <section className="card paused-note" aria-labelledby="paused-heading">
          <h2 id="paused-heading">Shared exercises are paused for now</h2>
          <p>
            Your counselor has paused the exercises you do together or share with each other. Anything you
            were asked to do on your own stays below. Your counselor will talk with you about next steps.
          </p>
          <p>
            <Link href={`/portal/${practiceId}/support`}>Support lines</Link> are open at any hour.
          </p>
        </section>
      ) : null}
      {status.checkInDue ? (
        <section className="card" aria-labelledby="check-in-heading">
          <h2 id="check-in-heading">A private check-in</h2>
          <p>A few short questions for you alone. Only you and your counselor see the answers.</p>
          <p>
            <Link className="button" href={`/portal/${practiceId}/check-in`}>
              Start the check-in
            </Link>
          </p>
        </section>
      ) : null}
    </>
  );
}

// The top of the portal's home: the private check-in when it is due for this partner, and a
// neutral note while the counselor has paused shared work. Neither says why, and neither depends
// on anything the other partner did.
import { HeartHandshake, MessageCircleHeart } from 'lucide-react';
import Link from 'next/link';
import { Button } from '@/app/_components/ui/button';

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
        <section
          className="flex gap-3 rounded-lg border border-brand-200 bg-brand-50 p-4 text-brand-900 sm:p-5"
          aria-labelledby="paused-heading"
        >
          <HeartHandshake aria-hidden className="mt-0.5 size-5 shrink-0 text-brand-700" />
          <div className="min-w-0 space-y-2">
            <h2 id="paused-heading" className="m-0 text-base font-semibold text-brand-900">
              Shared exercises are paused for now
            </h2>
            <p className="m-0">
              Your counselor has paused the exercises you do together or share with each other. Anything you
              were asked to do on your own stays below. Your counselor will talk with you about next steps.
            </p>
            <p className="m-0">
              <Link href={`/portal/${practiceId}/support`} className="font-semibold text-brand-800">
                Support lines
              </Link>{' '}
              are open at any hour.
            </p>
          </div>
        </section>
      ) : null}
      {status.checkInDue ? (
        <section
          className="rounded-lg border border-accent-100 bg-accent-50 p-4 sm:p-5"
          aria-labelledby="check-in-heading"
        >
          <div className="flex gap-3">
            <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-surface text-accent-700">
              <MessageCircleHeart aria-hidden className="size-5" />
            </span>
            <div className="min-w-0">
              <h2 id="check-in-heading" className="m-0 text-base font-semibold">
                A private check-in
              </h2>
              <p className="m-0 mt-1">
                A few short questions for you alone. Only you and your counselor see the answers.
              </p>
            </div>
          </div>
          <Button asChild className="mt-4 w-full sm:w-auto">
            <Link href={`/portal/${practiceId}/check-in`}>Start the check-in</Link>
          </Button>
        </section>
      ) : null}
    </>
  );
}

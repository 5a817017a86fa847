// What a partner sees after sending something private to their counselor (a check-in, a
// questionnaire): thanks, where it went, and, when their own answers point to danger, the
// practice's crisis lines at once. The heading takes focus, so screen readers hear the result.
import { CircleCheck } from 'lucide-react';
import type { ReactNode } from 'react';
import { Card } from '@/app/_components/ui/card';
import type { TCrisisLine } from '@/server/services/safety/crisis-lines';
import { CrisisLineList } from './support/crisis-line-list';

/** A stable ref callback: React calls it once, when the heading is in the page. */
function focusWhenShown(heading: HTMLHeadingElement | null) {
  heading?.focus();
}

export function SentPrivatelyCard({
  message,
  crisisLines,
  linesIntro,
  actions,
}: {
  message: string;
  /** The lines to show now, or null when the answers gave no cause. */
  crisisLines: TCrisisLine[] | null;
  linesIntro: string;
  actions: ReactNode;
}) {
  return (
    <Card aria-labelledby="sent-privately">
      <div className="flex items-center gap-3">
        <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-success-50 text-success-700">
          <CircleCheck aria-hidden className="size-5" />
        </span>
        <h2 id="sent-privately" ref={focusWhenShown} tabIndex={-1} className="m-0 text-xl font-semibold">
          Thank you
        </h2>
      </div>
      <p className="m-0 mt-3">{message}</p>
      {crisisLines ? (
        <section aria-labelledby="sent-privately-lines" className="mt-5 space-y-3">
          <h3 id="sent-privately-lines" className="m-0 text-lg">
            You do not have to wait for your next session
          </h3>
          <p className="m-0">{linesIntro}</p>
          <CrisisLineList lines={crisisLines} heading="h4" />
        </section>
      ) : null}
      <div className="mt-5 flex flex-col gap-2 sm:flex-row">{actions}</div>
    </Card>
  );
}

// The short questionnaires this partner is asked now, each a card that opens it. Only this
// partner's own list: it never changes with what the other partner answered.
import { ChevronRight, ListChecks } from 'lucide-react';
import Link from 'next/link';
import type { RouterOutputs } from '@/app/_lib/router-types';
import { formatInstant } from '@/app/_lib/session-time';
import { SectionHeading } from './section-heading';

type Due = RouterOutputs['measures']['myDue'][number];

/** About how long a questionnaire takes, at roughly ten seconds a question. */
export const minutesFor = (questions: number) => Math.max(1, Math.round(questions / 6));

export function QuestionnairesDue({
  practiceId,
  due,
  timeZone,
}: {
  practiceId: string;
  due: Due[];
  timeZone: string;
}) {
  if (due.length === 0) return null;
  return (
    <section aria-labelledby="questionnaires-heading">
      <SectionHeading id="questionnaires-heading" aside={`${due.length} to answer`}>
        Quick questions for you
      </SectionHeading>
      <ul aria-labelledby="questionnaires-heading" className="m-0 grid list-none gap-3 p-0">
        {due.map((item) => (
          <li
            key={item.measure}
            className="relative rounded-lg border border-line bg-surface p-4 shadow-card transition-colors hover:border-brand-300 has-[a:focus-visible]:outline-3 has-[a:focus-visible]:outline-focus"
          >
            <div className="flex items-center gap-3">
              <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-brand-50 text-brand-700">
                <ListChecks aria-hidden className="size-5" />
              </span>
              <div className="min-w-0 flex-1">
                <h3 className="m-0 text-base font-semibold">
                  <Link
                    href={`/portal/${practiceId}/questionnaires/${item.measure}`}
                    className="text-ink no-underline after:absolute after:inset-0 after:rounded-lg focus-visible:outline-none"
                  >
                    {item.title}
                  </Link>
                </h3>
                <p className="m-0 mt-0.5 text-sm text-muted">
                  {item.questions} questions · about {minutesFor(item.questions)} min
                  {item.sessionStartsAt
                    ? ` · before your session of ${formatInstant(item.sessionStartsAt, timeZone)}`
                    : ''}
                </p>
              </div>
              <ChevronRight aria-hidden className="size-5 shrink-0 text-muted" />
            </div>
          </li>
        ))}
      </ul>
      <p className="m-0 mt-2 text-sm text-muted">Only you and your counselor see your answers.</p>
    </section>
  );
}

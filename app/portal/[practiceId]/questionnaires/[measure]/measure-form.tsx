'use client';
import Link from 'next/link';
import { useState } from 'react';
import { Button } from '@/app/_components/ui/button';
import { Choice } from '@/app/_components/ui/choice';
import { FormMessage } from '@/app/_components/ui/form-message';
import { Spinner } from '@/app/_components/ui/spinner';
import { describeError } from '@/app/_lib/error-message';
import { useAction } from '@/app/_lib/use-action';
import type { MeasureSlug } from '@/server/services/measures/measure-definition';
import type { TCrisisLine } from '@/server/services/safety/crisis-lines';
import { submitMeasureAction } from '../../_actions/measures';
import { SentPrivatelyCard } from '../../sent-privately-card';

type FormMeasure = {
  slug: MeasureSlug;
  instructions: string;
  items: readonly { id: string; text: string }[];
  choices: readonly { value: number; label: string }[];
  safetyItem: string | null;
};

export function MeasureForm({
  practiceId,
  sessionId,
  measure,
  crisisLines,
  next,
}: {
  practiceId: string;
  sessionId: string | null;
  measure: FormMeasure;
  crisisLines: TCrisisLine[];
  next: { href: string; title: string } | null;
}) {
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [missing, setMissing] = useState(false);
  const submit = useAction(submitMeasureAction);
  const lowest = Math.min(...measure.choices.map((c) => c.value));
  const worrying = measure.safetyItem !== null && (answers[measure.safetyItem] ?? lowest) > lowest;

  if (submit.isSuccess) {
    return (
      <SentPrivatelyCard
        message={
          submit.data?.recorded === false
            ? 'You had already answered this one, so nothing more was sent.'
            : 'Your answers went to your counselor only.'
        }
        crisisLines={worrying ? crisisLines : null}
        linesIntro="If you are thinking about hurting yourself, please reach out now. If you are in danger, call your local emergency number. These lines are free, confidential and open at any hour."
        actions={
          <>
            {next ? (
              <Button asChild>
                <Link href={next.href}>Next: {next.title}</Link>
              </Button>
            ) : null}
            <Button asChild variant={next ? 'secondary' : 'primary'}>
              <Link href={`/portal/${practiceId}`}>Back to this week</Link>
            </Button>
          </>
        }
      />
    );
  }

  const unanswered = measure.items.filter((item) => answers[item.id] === undefined);
  return (
    <form
      className="rounded-lg border border-line bg-surface p-5 shadow-card sm:p-6"
      onSubmit={(event) => {
        event.preventDefault();
        if (unanswered.length > 0) {
          setMissing(true);
          document.getElementById(`q-${unanswered[0]?.id}`)?.focus();
          return;
        }
        submit.start({
          measure: measure.slug,
          sessionId,
          answers: measure.items.map((item) => answers[item.id] ?? lowest),
        });
      }}
    >
      <p className="m-0 mb-5 font-semibold text-ink">{measure.instructions}</p>
      <ol className="m-0 list-none p-0">
        {measure.items.map((item, index) => {
          const flagged = missing && answers[item.id] === undefined;
          return (
            <li key={item.id} className="mb-6">
              <fieldset
                className="m-0 min-w-0 border-0 p-0"
                aria-describedby={flagged ? `q-${item.id}-missing` : undefined}
              >
                <legend id={`q-${item.id}`} tabIndex={-1} className="mb-3 p-0 text-ink">
                  <span className="text-muted">{index + 1}. </span>
                  {item.text}
                </legend>
                {flagged ? (
                  <p id={`q-${item.id}-missing`} className="m-0 mb-2 text-sm font-semibold text-danger-700">
                    Choose an answer for this question.
                  </p>
                ) : null}
                <div className="grid gap-2 sm:grid-cols-2">
                  {measure.choices.map((choice) => (
                    <Choice
                      key={choice.value}
                      name={`q-${item.id}`}
                      value={choice.value}
                      label={choice.label}
                      checked={answers[item.id] === choice.value}
                      onChange={() => setAnswers((current) => ({ ...current, [item.id]: choice.value }))}
                      className="items-center border border-line px-3 hover:border-brand-300 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
                    />
                  ))}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <FormMessage
        error={
          missing && unanswered.length > 0
            ? `Answer every question before sending (${unanswered.length} left).`
            : submit.error
              ? describeError(submit.error).message
              : null
        }
      />
      <Button type="submit" disabled={submit.isPending} className="w-full sm:w-auto">
        {submit.isPending ? <Spinner /> : null}
        {submit.isPending ? 'Sending…' : 'Send to my counselor'}
      </Button>
    </form>
  );
}

'use client';
import Link from 'next/link';
import { useState } from 'react';
import { Button } from '@/app/_components/ui/button';
import { FormMessage } from '@/app/_components/ui/form-message';
import { Spinner } from '@/app/_components/ui/spinner';
import { describeError } from '@/app/_lib/error-message';
import { useAction } from '@/app/_lib/use-action';
import type { MeasureSlug } from '@/server/services/measures/measure-definition';
import type { TCrisisLine } from '@/server/services/safety/crisis-lines';
import { submitMeasureAction } from '../../_actions/measures';
import { SentPrivatelyCard } from '../../sent-privately-card';
import { MeasureQuestion } from './measure-question';

type FormMeasure = {
  slug: MeasureSlug;
  instructions: string;
  items: readonly { id: string; text: string; group?: string }[];
  choices: readonly { value: number; label: string }[];
  choiceLayout: 'list' | 'scale';
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
          const heading = item.group && item.group !== measure.items[index - 1]?.group ? item.group : null;
          return (
            <li key={item.id} className="mb-6">
              {heading ? (
                <h2 className="m-0 mb-3 text-base font-semibold text-brand-800">{heading}</h2>
              ) : null}
              <MeasureQuestion
                item={item}
                number={index + 1}
                choices={measure.choices}
                layout={measure.choiceLayout}
                value={answers[item.id]}
                missing={missing && answers[item.id] === undefined}
                onChange={(value) => setAnswers((current) => ({ ...current, [item.id]: value }))}
              />
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

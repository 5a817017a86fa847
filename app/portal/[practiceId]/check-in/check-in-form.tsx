'use client';
import Link from 'next/link';
import { useState } from 'react';
import { Button } from '@/app/_components/ui/button';
import { Choice } from '@/app/_components/ui/choice';
import { TextAreaField } from '@/app/_components/ui/field';
import { FormMessage } from '@/app/_components/ui/form-message';
import { Spinner } from '@/app/_components/ui/spinner';
import { describeError } from '@/app/_lib/error-message';
import { useAction } from '@/app/_lib/use-action';
import {
  CHECK_IN_CHOICES,
  CHECK_IN_QUESTIONS,
  concernsIn,
  type TCheckInQuestionId,
} from '@/server/services/safety/check-in-wording';
import type { TCrisisLine } from '@/server/services/safety/crisis-lines';
import { submitCheckInAction } from '../_actions/check-in';
import { SentPrivatelyCard } from '../sent-privately-card';

type Answer = (typeof CHECK_IN_CHOICES)[number]['value'];
const NOTE_MAX = 4000;

export function CheckInForm({ practiceId, crisisLines }: { practiceId: string; crisisLines: TCrisisLine[] }) {
  const [answers, setAnswers] = useState<Partial<Record<TCheckInQuestionId, Answer>>>({});
  const [note, setNote] = useState('');
  const submit = useAction(submitCheckInAction);

  if (submit.isSuccess) {
    return (
      <SentPrivatelyCard
        message="Your answers went to your counselor only."
        // Said to whoever answered this way, in plain words: help is there now, not only at the next session.
        crisisLines={concernsIn(answers).length > 0 ? crisisLines : null}
        linesIntro="If you are in danger right now, call your local emergency number. These lines are free, confidential and open at any hour."
        actions={
          <>
            <Button asChild>
              <Link href={`/portal/${practiceId}`}>Back to this week</Link>
            </Button>
            <Button asChild variant="secondary">
              <Link href={`/portal/${practiceId}/support`}>Support lines</Link>
            </Button>
          </>
        }
      />
    );
  }

  return (
    <form
      className="rounded-lg border border-line bg-surface p-5 shadow-card sm:p-6"
      onSubmit={(event) => {
        event.preventDefault();
        const all = Object.fromEntries(
          CHECK_IN_QUESTIONS.map((q) => [q.id, answers[q.id] ?? null]),
        ) as Record<TCheckInQuestionId, Answer | null>;
        submit.start({ answers: all, note });
      }}
    >
      {CHECK_IN_QUESTIONS.map((question) => (
        <fieldset key={question.id} className="m-0 mb-6 min-w-0 border-0 p-0">
          <legend className="mb-3 p-0 font-semibold text-ink">{question.text}</legend>
          {/* Stacked on a phone, side by side where there is room: never one answer over another. */}
          <div className="grid gap-2 sm:grid-cols-3">
            {CHECK_IN_CHOICES.map((choice) => (
              <Choice
                key={choice.value}
                name={question.id}
                value={choice.value}
                label={choice.label}
                checked={answers[question.id] === choice.value}
                onChange={() => setAnswers((current) => ({ ...current, [question.id]: choice.value }))}
                className="items-center border border-line px-3 hover:border-brand-300 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
              />
            ))}
          </div>
        </fieldset>
      ))}
      <TextAreaField
        id="check-in-note"
        name="note"
        label="Anything you want your counselor to know privately (optional)"
        rows={4}
        maxLength={NOTE_MAX}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <FormMessage error={submit.error ? describeError(submit.error).message : null} />
      <Button type="submit" disabled={submit.isPending} className="w-full sm:w-auto">
        {submit.isPending ? <Spinner /> : null}
        {submit.isPending ? 'Sending…' : 'Send to my counselor'}
      </Button>
    </form>
  );
}

'use client';
// The private check-in: one radio group per question (each may stay unanswered) and a free text.
import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import {
  CHECK_IN_CHOICES,
  CHECK_IN_QUESTIONS,
  concernsIn,
  type TCheckInQuestionId,
} from '../../../../server/services/safety/check-in-wording';
import type { TCrisisLine } from '../../../../server/services/safety/crisis-lines';
import { FormMessage } from '../../../_components/ui/form-message';
import { describeError } from '../../../_lib/error-message';
import { useTRPC } from '../../../_lib/trpc-client';
import { CrisisLineList } from '../support/crisis-line-list';

type Answer = (typeof CHECK_IN_CHOICES)[number]['value'];
const NOTE_MAX = 4000;

/**
 * A stable ref callback: React calls it once, when the heading is in the page, so screen readers
 * hear the result. (A frame timer started on success could fire before React had rendered it.)
 */
function focusWhenShown(heading: HTMLHeadingElement | null) {
  heading?.focus();
}

export function CheckInForm({ practiceId, crisisLines }: { practiceId: string; crisisLines: TCrisisLine[] }) {
  const trpc = useTRPC();
  const [answers, setAnswers] = useState<Partial<Record<TCheckInQuestionId, Answer>>>({});
  const [note, setNote] = useState('');
  const submit = useMutation(trpc.safety.submitCheckIn.mutationOptions());

  if (submit.isSuccess) {
    return (
      <section className="card" aria-labelledby="check-in-done">
        <h2 id="check-in-done" ref={focusWhenShown} tabIndex={-1}>
          Thank you
        </h2>
        <p>Your answers went to your counselor only.</p>
        {concernsIn(answers).length > 0 ? (
          // Said to whoever answered this way, in plain words: help is there now, not only at the next session.
          <section aria-labelledby="check-in-lines">
            <h3 id="check-in-lines">You do not have to wait for your next session</h3>
            <p>
              If you are in danger right now, call your local emergency number. These lines are free,
              confidential and open at any hour.
            </p>
            <CrisisLineList lines={crisisLines} heading="h4" />
          </section>
        ) : null}
        <p>
          <Link className="button" href={`/portal/${practiceId}`}>
            Back to this week
          </Link>{' '}
          <Link href={`/portal/${practiceId}/support`}>Support lines</Link>
        </p>
      </section>
    );
  }

  return (
    <form
      className="check-in-form"
      onSubmit={(event) => {
        event.preventDefault();
        const all = Object.fromEntries(
          CHECK_IN_QUESTIONS.map((q) => [q.id, answers[q.id] ?? null]),
        ) as Record<TCheckInQuestionId, Answer | null>;
        submit.mutate({ answers: all, note });
      }}
    >
      {CHECK_IN_QUESTIONS.map((question) => (
        <fieldset key={question.id}>
          <legend>{question.text}</legend>
          <div className="choices check-in-choices">
            {CHECK_IN_CHOICES.map((choice) => (
              <label key={choice.value} className="choice">
                <input
                  type="radio"
                  name={question.id}
                  value={choice.value}
                  checked={answers[question.id] === choice.value}
                  onChange={() => setAnswers((current) => ({ ...current, [question.id]: choice.value }))}
                />
                <span>{choice.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="field">
        <label htmlFor="check-in-note">Anything you want your counselor to know privately (optional)</label>
        <textarea
          id="check-in-note"
          name="note"
          rows={4}
          maxLength={NOTE_MAX}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <FormMessage error={submit.error ? describeError(submit.error).message : null} />
      <p>
        <button type="submit" className="button" disabled={submit.isPending}>
          {submit.isPending ? 'Sending…' : 'Send to my counselor'}
        </button>
      </p>
    </form>
  );
}

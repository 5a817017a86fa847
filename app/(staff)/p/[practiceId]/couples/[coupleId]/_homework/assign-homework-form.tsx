'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type FormEvent, useEffect, useState } from 'react';
import { Button } from '@/app/_components/ui/button';
import { Choice, ChoiceGroup } from '@/app/_components/ui/choice';
import { Field, TextAreaField } from '@/app/_components/ui/field';
import { FormMessage } from '@/app/_components/ui/form-message';
import { Spinner } from '@/app/_components/ui/spinner';
import { formatCalendarDate, localIsoDate } from '@/app/_lib/calendar-date';
import { describeError } from '@/app/_lib/error-message';
import type { THomeworkPartner } from '@/app/_lib/router-types';
import { useTRPC } from '@/app/_lib/trpc-client';
import { ExercisePicker } from './exercise-picker';
import { needsBothPartners, type PickerExercise } from './picker-exercise';

const BOTH = 'both';

/**
 * Gives the couple one or more exercises, to both partners or one, with a due date and a note;
 * from inside a session note when `sessionNoteId` is given, which the homework then links to.
 */
export function AssignHomeworkForm({
  coupleId,
  partners,
  exercises,
  sessionNoteId,
}: {
  coupleId: string;
  partners: THomeworkPartner[];
  exercises: PickerExercise[];
  sessionNoteId?: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [chosen, setChosen] = useState<string[]>([]);
  const [recipient, setRecipient] = useState(BOTH);
  const [note, setNote] = useState('');
  // The default due date, a week from today, is the viewer's week: set once in the browser.
  const [today, setToday] = useState<string>();
  const [dueOn, setDueOn] = useState('');
  useEffect(() => {
    setToday(localIsoDate());
    setDueOn((current) => current || localIsoDate(7));
  }, []);
  const [localError, setLocalError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const assign = useMutation(trpc.homework.assign.mutationOptions());
  const failure = assign.error ? describeError(assign.error) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSuccess(null);
    assign.reset();
    const picked = exercises.filter((e) => chosen.includes(e.key));
    const partner = partners.find((p) => p.id === recipient);
    const together = partner ? picked.filter(needsBothPartners) : [];
    if (picked.length === 0) return setLocalError('Choose at least one exercise.');
    if (partner && together.length > 0)
      return setLocalError(
        `${together.map((e) => `“${e.title}”`).join(', ')} ${together.length === 1 ? 'goes' : 'go'} to both partners: choose “Both partners”, or leave ${together.length === 1 ? 'it' : 'them'} out.`,
      );
    setLocalError(null);
    assign.mutate(
      {
        coupleId,
        exercises: picked.map((e) => ({ source: e.source, exerciseId: e.id })),
        partnerId: partner?.id,
        dueOn,
        note: note.trim() || undefined,
        sessionNoteId,
      },
      {
        onSuccess: ({ assignmentIds }) => {
          const count = assignmentIds.length === 1 ? '1 exercise' : `${assignmentIds.length} exercises`;
          setSuccess(
            `Assigned ${count} to ${partner ? partner.displayName : 'both partners'}, due ${formatCalendarDate(dueOn)}.`,
          );
          setChosen([]);
          setNote('');
          router.refresh();
        },
      },
    );
  }

  return (
    <form
      onSubmit={submit}
      className="scroll-mt-4 rounded-lg border border-line bg-surface p-5 shadow-card"
      noValidate
      aria-labelledby="assign-heading"
    >
      <h3 id="assign-heading" className="m-0 mb-4 scroll-mt-4 text-lg">
        Assign homework
      </h3>
      <FormMessage error={localError ?? failure?.message} success={success} />
      <ExercisePicker
        exercises={exercises}
        chosen={chosen}
        error={failure?.fields.exercises}
        onChange={(keys) => {
          setChosen(keys);
          setLocalError(null);
        }}
      />
      <ChoiceGroup legend="For" hint="Joint reveals and exercises done together always go to both partners.">
        {[
          { id: BOTH, label: 'Both partners' },
          ...partners.map((p) => ({ id: p.id, label: `${p.displayName} only` })),
        ].map((option) => (
          <Choice
            key={option.id}
            name="recipient"
            value={option.id}
            label={option.label}
            checked={recipient === option.id}
            onChange={() => {
              setRecipient(option.id);
              setLocalError(null);
            }}
          />
        ))}
      </ChoiceGroup>
      <Field
        label="Due date"
        name="dueOn"
        id="assign-due"
        type="date"
        min={today}
        required
        value={dueOn}
        onChange={(e) => setDueOn(e.target.value)}
        error={failure?.fields.dueOn}
      />
      <TextAreaField
        label="Personal note"
        name="note"
        id="assign-note"
        hint="Optional. The couple sees it with the homework."
        maxLength={1000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={failure?.fields.note}
      />
      <Button type="submit" disabled={assign.isPending} className="w-full sm:w-auto">
        {assign.isPending ? <Spinner /> : null}
        {assign.isPending
          ? 'Assigning…'
          : chosen.length > 1
            ? `Assign ${chosen.length} exercises`
            : 'Assign homework'}
      </Button>
    </form>
  );
}

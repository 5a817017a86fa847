'use client';
import { useState } from 'react';
import { SelectField } from '@/app/_components/ui/field';
import {
  BEHAVIORS,
  behaviorName,
  isBehavior,
  KIND_LABELS,
  PARTICIPATION_LABELS,
} from '@/app/_lib/homework-labels';
import type { PickerExercise } from './picker-exercise';

/**
 * Choosing exercises to assign, narrowed by behavior. Choices outside the current filter stay
 * chosen, and the summary below always lists everything chosen.
 */
export function ExercisePicker({
  exercises,
  chosen,
  error,
  onChange,
}: {
  exercises: PickerExercise[];
  chosen: string[];
  error?: string;
  onChange: (keys: string[]) => void;
}) {
  const [behavior, setBehavior] = useState('');
  const shown = behavior ? exercises.filter((e) => e.behavior === behavior) : exercises;
  const chosenTitles = exercises.filter((e) => chosen.includes(e.key)).map((e) => e.title);
  const toggle = (key: string, on: boolean) =>
    onChange(on ? [...chosen, key] : chosen.filter((k) => k !== key));

  return (
    <fieldset
      className="m-0 mb-4 min-w-0 border-0 p-0"
      aria-describedby={error ? 'assign-exercises-error' : undefined}
    >
      <legend className="mb-2 p-0 text-sm font-semibold text-ink">Exercises</legend>
      <SelectField
        label="Show exercises for"
        name="behavior"
        id="assign-behavior"
        fieldClassName="mb-3"
        value={behavior}
        onChange={(e) => setBehavior(isBehavior(e.target.value) ? e.target.value : '')}
      >
        <option value="">All nine behaviors</option>
        {BEHAVIORS.map((b) => (
          <option key={b} value={b}>
            {behaviorName(b)}
          </option>
        ))}
      </SelectField>
      {error ? (
        <p className="m-0 mb-2 text-sm font-medium text-danger-700" id="assign-exercises-error">
          {error}
        </p>
      ) : null}
      <ul
        className="m-0 max-h-96 list-none divide-y divide-line overflow-y-auto rounded-md border border-line p-0"
        aria-label="Exercises to choose from"
      >
        {shown.map((e) => {
          const id = `pick-${e.key.replace(':', '-')}`;
          return (
            <li key={e.key} className="flex items-start gap-3 px-3 py-2 has-[:checked]:bg-brand-50">
              <input
                type="checkbox"
                id={id}
                className="mt-0.5 size-5 shrink-0 accent-brand-700"
                checked={chosen.includes(e.key)}
                onChange={(event) => toggle(e.key, event.target.checked)}
                aria-describedby={`${id}-meta`}
              />
              <span className="flex min-w-0 flex-col">
                <label htmlFor={id} className="cursor-pointer font-medium">
                  {e.title}
                </label>
                <span className="text-sm text-muted" id={`${id}-meta`}>
                  {behavior ? '' : `${behaviorName(e.behavior)} · `}
                  {KIND_LABELS[e.kind]} · {PARTICIPATION_LABELS[e.participation]} · {e.minutes} min
                  {e.source === 'practice' ? ' · Your practice' : ''}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
      <p aria-live="polite" className="m-0 mt-2 text-sm text-muted">
        {chosenTitles.length === 0
          ? 'None chosen yet.'
          : `Chosen (${chosenTitles.length}): ${chosenTitles.join(', ')}`}
      </p>
    </fieldset>
  );
}

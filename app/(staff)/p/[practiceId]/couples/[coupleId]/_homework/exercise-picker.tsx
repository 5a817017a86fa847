'use client';
import { useState } from 'react';
import {
  BEHAVIORS,
  behaviorName,
  isBehavior,
  KIND_LABELS,
  PARTICIPATION_LABELS,
} from '../../../../../../_lib/homework-labels';
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
    <fieldset aria-describedby={error ? 'assign-exercises-error' : undefined}>
      <legend>Exercises</legend>
      <div className="field">
        <label htmlFor="assign-behavior">Show exercises for</label>
        <select
          id="assign-behavior"
          value={behavior}
          onChange={(e) => setBehavior(isBehavior(e.target.value) ? e.target.value : '')}
        >
          <option value="">All nine behaviors</option>
          {BEHAVIORS.map((b) => (
            <option key={b} value={b}>
              {behaviorName(b)}
            </option>
          ))}
        </select>
      </div>
      {error ? (
        <p className="field-error" id="assign-exercises-error">
          {error}
        </p>
      ) : null}
      <ul className="picker" aria-label="Exercises to choose from">
        {shown.map((e) => {
          const id = `pick-${e.key.replace(':', '-')}`;
          return (
            <li key={e.key}>
              <input
                type="checkbox"
                id={id}
                checked={chosen.includes(e.key)}
                onChange={(event) => toggle(e.key, event.target.checked)}
                aria-describedby={`${id}-meta`}
              />
              <label htmlFor={id}>{e.title}</label>
              <span className="hint" id={`${id}-meta`}>
                {behavior ? '' : `${behaviorName(e.behavior)} · `}
                {KIND_LABELS[e.kind]} · {PARTICIPATION_LABELS[e.participation]} · {e.minutes} min
                {e.source === 'practice' ? ' · Your practice' : ''}
              </span>
            </li>
          );
        })}
      </ul>
      <p aria-live="polite" className="chosen">
        {chosenTitles.length === 0
          ? 'None chosen yet.'
          : `Chosen (${chosenTitles.length}): ${chosenTitles.join(', ')}`}
      </p>
    </fieldset>
  );
}

'use client';
// The parts a person's email settings and a practice's reminder defaults share: a described
// checkbox, and quiet hours (a switch and two times; app/_lib/quiet-hours-input.ts reads them back).
import type { TQuietHours } from '../_lib/quiet-hours-input';
import { minutesToTime } from '../_lib/time-of-day';
import { LabelledControl } from './ui/field';

const FALLBACK_QUIET: TQuietHours = { start: 21 * 60, end: 8 * 60 };

export function DescribedCheck({
  id,
  name,
  label,
  hint,
  defaultChecked,
}: {
  id: string;
  name: string;
  label: string;
  hint: string;
  defaultChecked: boolean;
}) {
  return (
    <label className="check">
      <input type="checkbox" name={name} defaultChecked={defaultChecked} aria-describedby={`${id}-hint`} />
      <span>
        {label}
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      </span>
    </label>
  );
}

export function QuietHoursFieldset({
  idPrefix,
  hint,
  quietOn,
  onQuietOnChange,
  current,
  error,
}: {
  idPrefix: string;
  hint: string;
  quietOn: boolean;
  onQuietOnChange: (on: boolean) => void;
  current: TQuietHours | null;
  error: string | undefined;
}) {
  const quiet = current ?? FALLBACK_QUIET;
  return (
    <fieldset>
      <legend>Quiet hours</legend>
      <label className="check">
        <input
          type="checkbox"
          name="quietOn"
          checked={quietOn}
          onChange={(e) => onQuietOnChange(e.target.checked)}
          aria-describedby={`${idPrefix}quietOn-hint`}
        />
        <span>
          Hold reminders during quiet hours
          <span className="hint" id={`${idPrefix}quietOn-hint`}>
            {hint}
          </span>
        </span>
      </label>
      {quietOn ? (
        <div className="grid-2">
          <LabelledControl id={`field-${idPrefix}quietStart`} label="Quiet from" error={error}>
            {(a11y) => (
              <input
                {...a11y}
                type="time"
                name="quietStart"
                defaultValue={minutesToTime(quiet.start)}
                required
              />
            )}
          </LabelledControl>
          <LabelledControl id={`field-${idPrefix}quietEnd`} label="Quiet until" error={error}>
            {(a11y) => (
              <input {...a11y} type="time" name="quietEnd" defaultValue={minutesToTime(quiet.end)} required />
            )}
          </LabelledControl>
        </div>
      ) : null}
    </fieldset>
  );
}

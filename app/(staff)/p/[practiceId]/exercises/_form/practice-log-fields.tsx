import { Field } from '../../../../../_components/ui/field';
import { LIMITS } from './exercise-draft';

/** A practice log's weekly goal: how many entries, and what one entry is. */
export function PracticeLogFields({
  targetCount,
  entryLabel,
  errors,
  onChange,
}: {
  targetCount: string;
  entryLabel: string;
  errors: { targetCount?: string; entryLabel?: string };
  onChange: (change: { targetCount?: string; entryLabel?: string }) => void;
}) {
  return (
    <fieldset>
      <legend>Weekly target</legend>
      <div className="grid-2">
        <Field
          label="Entries to log"
          name="targetCount"
          type="number"
          inputMode="numeric"
          min={1}
          max={21}
          hint="From 1 to 21 in the week."
          value={targetCount}
          error={errors.targetCount}
          onChange={(e) => onChange({ targetCount: e.target.value })}
        />
        <Field
          label="One entry is"
          name="entryLabel"
          hint="For example: a ten-minute talk."
          maxLength={LIMITS.entryLabel}
          value={entryLabel}
          error={errors.entryLabel}
          onChange={(e) => onChange({ entryLabel: e.target.value })}
        />
      </div>
    </fieldset>
  );
}

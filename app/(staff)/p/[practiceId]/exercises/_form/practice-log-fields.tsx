import { Field } from '@/app/_components/ui/field';
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
    <fieldset className="m-0 min-w-0 border-0 p-0">
      <legend className="mb-2 p-0 text-sm font-semibold text-ink">Weekly target</legend>
      <div className="grid gap-x-4 sm:grid-cols-[10rem_minmax(0,1fr)]">
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

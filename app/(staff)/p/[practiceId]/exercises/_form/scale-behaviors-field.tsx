import { Button } from '@/app/_components/ui/button';
import { Choice } from '@/app/_components/ui/choice';
import { BEHAVIORS, behaviorName, CHECK_IN_SCALE_MEANING } from '@/app/_lib/homework-labels';
import type { Behavior } from '@/db/schema';

/** The behaviors a check-in asks partners to rate, in canonical order. */
export function ScaleBehaviorsField({
  value,
  error,
  onChange,
}: {
  value: Behavior[];
  error?: string;
  onChange: (behaviors: Behavior[]) => void;
}) {
  const errorId = 'scale-behaviors-error';
  const toggle = (b: Behavior, on: boolean) =>
    onChange(BEHAVIORS.filter((x) => (x === b ? on : value.includes(x))));
  return (
    <fieldset className="m-0 mb-4 min-w-0 border-0 p-0" aria-describedby={error ? errorId : undefined}>
      <legend className="mb-1 p-0 text-sm font-semibold text-ink">Behaviors to rate</legend>
      <p className="m-0 mb-1 text-sm text-muted">
        Each partner rates themselves and the other on each one chosen. {CHECK_IN_SCALE_MEANING} Partners see
        this line with the scale, so the instructions need not explain it.
      </p>
      {error ? (
        <p className="m-0 text-sm font-medium text-danger-700" id={errorId}>
          {error}
        </p>
      ) : null}
      <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-3">
        {BEHAVIORS.map((b) => (
          <Choice
            key={b}
            type="checkbox"
            checked={value.includes(b)}
            onChange={(e) => toggle(b, e.target.checked)}
            label={behaviorName(b)}
          />
        ))}
      </div>
      <Button
        variant="link"
        className="mt-2"
        onClick={() => onChange(value.length === BEHAVIORS.length ? [] : [...BEHAVIORS])}
      >
        {value.length === BEHAVIORS.length ? 'Clear all' : 'Choose all nine'}
      </Button>
    </fieldset>
  );
}

import type { Behavior } from '../../../../../../db/schema';
import { BEHAVIORS, behaviorName, CHECK_IN_SCALE_MEANING } from '../../../../../_lib/homework-labels';

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
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend>Behaviors to rate</legend>
      <p className="hint">
        Each partner rates themselves and the other on each one chosen. {CHECK_IN_SCALE_MEANING} Partners see
        this line with the scale, so the instructions need not explain it.
      </p>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      <div className="checks">
        {BEHAVIORS.map((b) => (
          <label key={b} className="check">
            <input
              type="checkbox"
              checked={value.includes(b)}
              onChange={(e) => toggle(b, e.target.checked)}
            />
            {behaviorName(b)}
          </label>
        ))}
      </div>
      <p>
        <button
          type="button"
          className="link-button"
          onClick={() => onChange(value.length === BEHAVIORS.length ? [] : [...BEHAVIORS])}
        >
          {value.length === BEHAVIORS.length ? 'Clear all' : 'Choose all nine'}
        </button>
      </p>
    </fieldset>
  );
}

import type { ExerciseKind } from '../../../../../../db/schema';
import {
  PARTICIPATION_LABELS,
  type Participation,
  participationIsFixed,
} from '../../../../../_lib/homework-labels';

const OPTIONS: { value: Participation; hint: string }[] = [
  { value: 'each-partner', hint: 'Each partner answers on their own.' },
  { value: 'together', hint: 'The two of them send one answer.' },
];

/** Who does the exercise; joint reveals and check-ins are always done by each partner. */
export function ParticipationField({
  kind,
  value,
  onChange,
}: {
  kind: ExerciseKind;
  value: Participation;
  onChange: (participation: Participation) => void;
}) {
  const fixed = participationIsFixed(kind);
  return (
    <fieldset aria-describedby={fixed ? 'participation-fixed' : undefined}>
      <legend>Who does it</legend>
      {fixed ? (
        <p className="hint" id="participation-fixed">
          This kind is always done by each partner on their own.
        </p>
      ) : null}
      <div className="choices">
        {OPTIONS.map((o) => (
          <label key={o.value} className="choice">
            <input
              type="radio"
              name="participation"
              value={o.value}
              checked={(fixed ? 'each-partner' : value) === o.value}
              disabled={fixed && o.value !== 'each-partner'}
              onChange={() => onChange(o.value)}
            />
            <span>
              <strong>{PARTICIPATION_LABELS[o.value]}</strong>
              <span className="hint">{o.hint}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

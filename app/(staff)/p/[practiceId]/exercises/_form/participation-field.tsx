import { Choice, ChoiceGroup } from '@/app/_components/ui/choice';
import { PARTICIPATION_LABELS, type Participation, participationIsFixed } from '@/app/_lib/homework-labels';
import type { ExerciseKind } from '@/db/schema';

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
    <ChoiceGroup
      legend="Who does it"
      hint={fixed ? 'This kind is always done by each partner on their own.' : undefined}
    >
      {OPTIONS.map((o) => (
        <Choice
          key={o.value}
          name="participation"
          value={o.value}
          checked={(fixed ? 'each-partner' : value) === o.value}
          disabled={fixed && o.value !== 'each-partner'}
          onChange={() => onChange(o.value)}
          label={<strong>{PARTICIPATION_LABELS[o.value]}</strong>}
          description={o.hint}
        />
      ))}
    </ChoiceGroup>
  );
}

import { Choice, ChoiceGroup } from '@/app/_components/ui/choice';
import { KIND_LABELS, KINDS } from '@/app/_lib/homework-labels';
import type { ExerciseKind } from '@/db/schema';

const KIND_HINTS: Record<ExerciseKind, string> = {
  reflection: 'Written prompts, answered by each partner or together.',
  'joint-reveal': 'Each partner answers alone; both see both answers once both have sent them.',
  'practice-log': 'Something done several times in the week, logged against a target.',
  'check-in-scale': 'Quick 1 to 5 ratings of yourself and your partner on chosen behaviors.',
};

export function KindField({
  value,
  onChange,
}: {
  value: ExerciseKind;
  onChange: (kind: ExerciseKind) => void;
}) {
  return (
    <ChoiceGroup legend="Kind">
      {KINDS.map((k) => (
        <Choice
          key={k}
          name="kind"
          value={k}
          checked={value === k}
          onChange={() => onChange(k)}
          label={<strong>{KIND_LABELS[k]}</strong>}
          description={KIND_HINTS[k]}
        />
      ))}
    </ChoiceGroup>
  );
}

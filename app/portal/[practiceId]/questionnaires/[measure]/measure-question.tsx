import { Choice } from '@/app/_components/ui/choice';
import { cn } from '@/app/_components/ui/cn';

type Props = {
  item: { id: string; text: string };
  number: number;
  choices: readonly { value: number; label: string }[];
  layout: 'list' | 'scale';
  value: number | undefined;
  missing: boolean;
  onChange: (value: number) => void;
};

/** One question: its choices as full-width buttons (list), or as one row of numbered steps (scale). */
export function MeasureQuestion({ item, number, choices, layout, value, missing, onChange }: Props) {
  const choiceClass =
    'border border-line hover:border-brand-300 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50';
  return (
    <fieldset
      className="m-0 min-w-0 border-0 p-0"
      aria-describedby={missing ? `q-${item.id}-missing` : undefined}
    >
      <legend id={`q-${item.id}`} tabIndex={-1} className="mb-3 p-0 text-ink">
        <span className="text-muted">{number}. </span>
        {item.text}
      </legend>
      {missing ? (
        <p id={`q-${item.id}-missing`} className="m-0 mb-2 text-sm font-semibold text-danger-700">
          Choose an answer for this question.
        </p>
      ) : null}
      {layout === 'scale' ? (
        <>
          <div className="grid grid-cols-5 gap-1.5">
            {choices.map((choice) => (
              <Choice
                key={choice.value}
                name={`q-${item.id}`}
                value={choice.value}
                label={<span aria-hidden>{choice.value}</span>}
                aria-label={`${choice.value}: ${choice.label}`}
                checked={value === choice.value}
                onChange={() => onChange(choice.value)}
                className={cn(choiceClass, 'items-center justify-center gap-1.5 px-1 font-semibold')}
              />
            ))}
          </div>
          <p aria-hidden className="m-0 mt-1 flex justify-between text-xs text-muted">
            <span>{choices[0]?.label}</span>
            <span>{choices.at(-1)?.label}</span>
          </p>
        </>
      ) : (
        <div className="grid gap-2 sm:grid-cols-2">
          {choices.map((choice) => (
            <Choice
              key={choice.value}
              name={`q-${item.id}`}
              value={choice.value}
              label={choice.label}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              className={cn(choiceClass, 'items-center px-3')}
            />
          ))}
        </div>
      )}
    </fieldset>
  );
}

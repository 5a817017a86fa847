'use client';
import { TextAreaField } from '@/app/_components/ui/field';

export function PromptsEditor({
  prompts,
  answers,
  onChange,
}: {
  prompts: string[];
  answers: string[];
  onChange: (answers: string[]) => void;
}) {
  return (
    <div>
      {prompts.map((prompt, i) => (
        <TextAreaField
          key={prompt}
          id={`prompt-${i}`}
          name={`prompt-${i}`}
          label={<span className="text-base">{prompt}</span>}
          fieldClassName="mb-6 last:mb-0"
          rows={5}
          maxLength={5000}
          value={answers[i] ?? ''}
          onChange={(event) => onChange(answers.map((a, j) => (j === i ? event.target.value : a)))}
        />
      ))}
    </div>
  );
}

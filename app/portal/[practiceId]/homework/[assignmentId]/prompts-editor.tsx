'use client';

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
    <>
      {prompts.map((prompt, i) => (
        <div className="field" key={prompt}>
          <label htmlFor={`prompt-${i}`}>{prompt}</label>
          <textarea
            id={`prompt-${i}`}
            rows={5}
            maxLength={5000}
            value={answers[i] ?? ''}
            onChange={(event) => onChange(answers.map((a, j) => (j === i ? event.target.value : a)))}
          />
        </div>
      ))}
    </>
  );
}

'use client';
import { useEffect, useRef, useState } from 'react';
import { LIMITS } from './exercise-draft';

/** The prompts a reflection or joint reveal asks, added and removed one at a time. */
export function PromptListField({
  prompts,
  max,
  error,
  onChange,
}: {
  prompts: string[];
  max: number;
  error?: string;
  onChange: (prompts: string[]) => void;
}) {
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  // After adding or removing, keyboard focus goes where the person will type next.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  useEffect(() => {
    if (focusIndex === null) return;
    const boxes = listRef.current?.querySelectorAll('textarea');
    const target = boxes?.[Math.min(focusIndex, boxes.length - 1)];
    (target ?? addRef.current)?.focus();
    setFocusIndex(null);
  }, [focusIndex]);

  const errorId = 'prompts-error';
  return (
    <fieldset>
      <legend>Prompts</legend>
      <p className="hint">
        Up to {max}, each a question or an unfinished sentence. Partners answer every prompt.
      </p>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      <ol className="prompt-list" ref={listRef}>
        {prompts.map((prompt, i) => {
          const invalid = Boolean(error) && (!prompt.trim() || prompt.trim().length > LIMITS.prompt);
          return (
            // Prompts have no identity but their place in the list.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={i} className="field">
              <label htmlFor={`prompt-${i}`}>Prompt {i + 1}</label>
              <textarea
                id={`prompt-${i}`}
                rows={2}
                value={prompt}
                maxLength={LIMITS.prompt}
                aria-invalid={invalid || undefined}
                aria-describedby={error ? errorId : undefined}
                onChange={(e) => onChange(prompts.map((p, j) => (j === i ? e.target.value : p)))}
              />
              {prompts.length > 1 ? (
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Remove prompt ${i + 1}`}
                  onClick={() => {
                    onChange(prompts.filter((_, j) => j !== i));
                    setFocusIndex(i);
                  }}
                >
                  Remove
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button secondary"
        ref={addRef}
        disabled={prompts.length >= max}
        onClick={() => {
          onChange([...prompts, '']);
          setFocusIndex(prompts.length);
        }}
      >
        Add a prompt
      </button>
      {prompts.length > max ? (
        <p className="field-error">
          This kind takes at most {max} prompts; remove {prompts.length - max}.
        </p>
      ) : null}
    </fieldset>
  );
}

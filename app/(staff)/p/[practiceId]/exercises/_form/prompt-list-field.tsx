'use client';
import { Plus, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/app/_components/ui/button';
import { Textarea } from '@/app/_components/ui/input';
import { LIMITS } from './exercise-draft';

const ADD_PROMPT_ID = 'add-prompt';

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
  // After adding or removing, keyboard focus goes where the person will type next.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  useEffect(() => {
    if (focusIndex === null) return;
    const boxes = listRef.current?.querySelectorAll('textarea');
    const target = boxes?.[Math.min(focusIndex, boxes.length - 1)];
    (target ?? document.getElementById(ADD_PROMPT_ID))?.focus();
    setFocusIndex(null);
  }, [focusIndex]);

  const errorId = 'prompts-error';
  const errorClass = 'm-0 mt-1 text-sm font-medium text-danger-700';
  return (
    <fieldset className="m-0 mb-4 min-w-0 border-0 p-0">
      <legend className="mb-1 p-0 text-sm font-semibold text-ink">Prompts</legend>
      <p className="m-0 text-sm text-muted">
        Up to {max}, each a question or an unfinished sentence. Partners answer every prompt.
      </p>
      {error ? (
        <p className={errorClass} id={errorId}>
          {error}
        </p>
      ) : null}
      <ol className="m-0 mt-3 flex list-none flex-col gap-3 p-0" ref={listRef}>
        {prompts.map((prompt, i) => {
          const invalid = Boolean(error) && (!prompt.trim() || prompt.trim().length > LIMITS.prompt);
          return (
            // Prompts have no identity but their place in the list.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={i} className="flex flex-col gap-1.5">
              <div className="flex items-center justify-between gap-2">
                <label htmlFor={`prompt-${i}`} className="text-sm font-semibold text-ink">
                  Prompt {i + 1}
                </label>
                {prompts.length > 1 ? (
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={`Remove prompt ${i + 1}`}
                    onClick={() => {
                      onChange(prompts.filter((_, j) => j !== i));
                      setFocusIndex(i);
                    }}
                  >
                    <X aria-hidden />
                    Remove
                  </Button>
                ) : null}
              </div>
              <Textarea
                id={`prompt-${i}`}
                rows={2}
                value={prompt}
                maxLength={LIMITS.prompt}
                aria-invalid={invalid || undefined}
                aria-describedby={error ? errorId : undefined}
                onChange={(e) => onChange(prompts.map((p, j) => (j === i ? e.target.value : p)))}
              />
            </li>
          );
        })}
      </ol>
      <Button
        variant="secondary"
        className="mt-3"
        id={ADD_PROMPT_ID}
        disabled={prompts.length >= max}
        onClick={() => {
          onChange([...prompts, '']);
          setFocusIndex(prompts.length);
        }}
      >
        <Plus aria-hidden />
        Add a prompt
      </Button>
      {prompts.length > max ? (
        <p className={errorClass}>
          This kind takes at most {max} prompts; remove {prompts.length - max}.
        </p>
      ) : null}
    </fieldset>
  );
}

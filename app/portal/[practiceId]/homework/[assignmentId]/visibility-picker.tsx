'use client';
import { Lock, UserRound, UsersRound } from 'lucide-react';
import type { AnswerVisibility } from '@/db/schema';

const OPTIONS: {
  value: AnswerVisibility;
  label: string;
  hint: (partner: string) => string;
  icon: typeof Lock;
}[] = [
  {
    value: 'private',
    label: 'Just me',
    hint: () => 'Nobody else sees it, not even your counselor.',
    icon: Lock,
  },
  {
    value: 'counselor',
    label: 'Me and my counselor',
    hint: (partner) => `${partner} does not see it.`,
    icon: UserRound,
  },
  {
    value: 'couple',
    label: 'Both of us and our counselor',
    hint: (partner) => `${partner} sees it too.`,
    icon: UsersRound,
  },
];

/** Who may read an answer, each choice a large card that says in plain words what it means. */
export function VisibilityPicker({
  value,
  partnerName,
  allowPrivate,
  disabled,
  onChange,
}: {
  value: AnswerVisibility;
  partnerName: string;
  allowPrivate: boolean;
  disabled?: boolean;
  onChange: (value: AnswerVisibility) => void;
}) {
  return (
    <fieldset className="m-0 min-w-0 border-0 p-0">
      <legend className="mb-1 p-0 font-semibold text-ink">Who can read this answer</legend>
      <p className="m-0 mb-3 text-sm text-muted">
        You can change this until your counselor has looked at it.
      </p>
      <div className="grid gap-2">
        {OPTIONS.filter((o) => allowPrivate || o.value !== 'private').map((option) => (
          <label
            key={option.value}
            className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-line bg-surface px-3 py-3 transition-colors hover:border-brand-300 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:disabled]:cursor-progress has-[:disabled]:opacity-70 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-focus"
          >
            <input
              type="radio"
              name="visibility"
              value={option.value}
              checked={value === option.value}
              disabled={disabled}
              onChange={() => onChange(option.value)}
              className="size-5 shrink-0 accent-brand-700 focus-visible:outline-none"
            />
            <span className="flex min-w-0 flex-1 flex-col">
              <span className="font-semibold text-ink">{option.label}</span>
              <span className="text-sm text-muted">{option.hint(partnerName)}</span>
            </span>
            <option.icon aria-hidden className="size-5 shrink-0 text-muted" />
          </label>
        ))}
      </div>
    </fieldset>
  );
}

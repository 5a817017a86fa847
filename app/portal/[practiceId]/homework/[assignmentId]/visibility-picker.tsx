'use client';
import type { AnswerVisibility } from '../../../../../db/schema';

const OPTIONS: { value: AnswerVisibility; label: string; hint: (partner: string) => string }[] = [
  { value: 'private', label: 'Just me', hint: () => 'Nobody else sees it, not even your counselor.' },
  { value: 'counselor', label: 'Me and my counselor', hint: (partner) => `${partner} does not see it.` },
  { value: 'couple', label: 'Both of us and our counselor', hint: (partner) => `${partner} sees it too.` },
];

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
    <fieldset className="visibility">
      <legend>Who can read this answer</legend>
      {OPTIONS.filter((o) => allowPrivate || o.value !== 'private').map((option) => (
        <label key={option.value} className="choice">
          <input
            type="radio"
            name="visibility"
            value={option.value}
            checked={value === option.value}
            disabled={disabled}
            onChange={() => onChange(option.value)}
          />
          <span>
            <strong>{option.label}</strong>
            <span className="hint">{option.hint(partnerName)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

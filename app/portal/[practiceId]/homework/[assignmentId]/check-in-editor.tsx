'use client';
import { useState } from 'react';
import { CHECK_IN_SCALE, CHECK_IN_SCALE_MEANING } from '@/app/_lib/homework-labels';
import type { Behavior } from '@/db/schema';
import { BEHAVIOR_LABELS } from '@/server/services/homework/behavior-labels';

type Rating = { behavior: Behavior; self: number; partner: number };

export function CheckInEditor({
  behaviors,
  ratings,
  partnerName,
  onChange,
}: {
  behaviors: Behavior[];
  ratings: Rating[];
  partnerName: string;
  onChange: (ratings: Rating[]) => void;
}) {
  // Half-rated behaviors stay on screen; only fully rated ones are saved.
  const [picked, setPicked] = useState<Partial<Record<Behavior, { self?: number; partner?: number }>>>(() =>
    Object.fromEntries(ratings.map((r) => [r.behavior, { self: r.self, partner: r.partner }])),
  );
  const set = (behavior: Behavior, who: 'self' | 'partner', value: number) => {
    const next = { ...picked, [behavior]: { ...picked[behavior], [who]: value } };
    setPicked(next);
    onChange(
      behaviors.flatMap((b) => {
        const r = next[b];
        return r?.self && r.partner ? [{ behavior: b, self: r.self, partner: r.partner }] : [];
      }),
    );
  };
  return (
    <>
      <p className="m-0 mb-4 text-muted">{CHECK_IN_SCALE_MEANING}</p>
      {behaviors.map((behavior) => (
        <fieldset key={behavior} className="m-0 mb-5 min-w-0 rounded-md border border-line p-4 last:mb-0">
          <legend className="px-1 font-semibold text-ink">{BEHAVIOR_LABELS[behavior].name}</legend>
          <p className="m-0 mb-3 text-sm text-muted">{BEHAVIOR_LABELS[behavior].summary}</p>
          {(['self', 'partner'] as const).map((who) => (
            <ScaleRow
              key={who}
              name={`${behavior}-${who}`}
              label={who === 'self' ? 'How I did' : `How ${partnerName} did`}
              value={picked[behavior]?.[who] ?? 0}
              onPick={(value) => set(behavior, who, value)}
            />
          ))}
        </fieldset>
      ))}
    </>
  );
}

function ScaleRow({
  name,
  label,
  value,
  onPick,
}: {
  name: string;
  label: string;
  value: number;
  onPick: (value: number) => void;
}) {
  return (
    <div className="mb-3 last:mb-0" role="radiogroup" aria-label={label}>
      <span className="mb-1.5 block text-sm font-semibold" aria-hidden="true">
        {label}
      </span>
      <div className="grid grid-cols-5 gap-2">
        {CHECK_IN_SCALE.map((n) => (
          <label key={n} className="relative">
            <input
              type="radio"
              name={name}
              value={n}
              checked={value === n}
              onChange={() => onPick(n)}
              className="peer absolute inset-0 m-0 size-full cursor-pointer opacity-0"
            />
            <span className="flex h-12 items-center justify-center rounded-md border border-line-strong bg-surface text-lg font-semibold text-ink transition-colors peer-checked:border-brand-700 peer-checked:bg-brand-700 peer-checked:text-white peer-hover:border-brand-500 peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-focus">
              {n}
            </span>
          </label>
        ))}
      </div>
    </div>
  );
}

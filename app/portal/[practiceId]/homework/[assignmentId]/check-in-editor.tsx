'use client';
import { useState } from 'react';
import type { Behavior } from '../../../../../db/schema';
import { BEHAVIOR_LABELS } from '../../../../../server/services/homework/behavior-labels';
import { CHECK_IN_SCALE, CHECK_IN_SCALE_MEANING } from '../../../../_lib/homework-labels';

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
      <p className="muted">{CHECK_IN_SCALE_MEANING}</p>
      {behaviors.map((behavior) => (
        <fieldset key={behavior}>
          <legend>{BEHAVIOR_LABELS[behavior].name}</legend>
          <p className="hint">{BEHAVIOR_LABELS[behavior].summary}</p>
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
    <div className="scale" role="radiogroup" aria-label={label}>
      <span className="scale-label" aria-hidden="true">
        {label}
      </span>
      {CHECK_IN_SCALE.map((n) => (
        <label key={n} className="scale-option">
          <input type="radio" name={name} value={n} checked={value === n} onChange={() => onPick(n)} />
          <span>{n}</span>
        </label>
      ))}
    </div>
  );
}

'use client';
import { useEffect, useState } from 'react';
import { LabelledControl } from './labelled-control';

type TimeZoneSelectProps = {
  name: string;
  label: string;
  choices: string[];
  defaultZone: string;
  /** Keep `defaultZone` (a saved setting) instead of starting on the browser's zone. */
  keepDefault?: boolean;
  hint?: string;
  error?: string;
};

/** Starts on the browser's own zone when it is one of the choices, so most people just confirm it. */
export function TimeZoneSelect({
  name,
  label,
  choices,
  defaultZone,
  keepDefault,
  hint,
  error,
}: TimeZoneSelectProps) {
  const [value, setValue] = useState(defaultZone);
  useEffect(() => {
    if (keepDefault) return;
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (choices.includes(browserZone)) setValue(browserZone);
  }, [choices, keepDefault]);
  return (
    <LabelledControl id={`field-${name}`} label={label} hint={hint} error={error}>
      {(a11y) => (
        <select {...a11y} name={name} value={value} onChange={(e) => setValue(e.target.value)}>
          {choices.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      )}
    </LabelledControl>
  );
}

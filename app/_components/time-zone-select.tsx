'use client';
import { useSyncExternalStore } from 'react';
import { SelectField } from './ui/field';

type TimeZoneSelectProps = {
  name: string;
  label: string;
  choices: string[];
  defaultZone: string;
  /** Keep `defaultZone` (a saved setting or a choice sent back) instead of starting on the browser's zone. */
  keepDefault?: boolean;
  hint?: string;
  error?: string;
};

const neverChanges = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const noBrowserZone = () => null;

/**
 * Starts on the browser's own zone when it is one of the choices, so most people just confirm it.
 * Uncontrolled on purpose: a form action resets its form afterwards, and a select returns to the
 * option it was mounted with, so the select is mounted again (keyed) whenever its starting zone changes.
 */
export function TimeZoneSelect({
  name,
  label,
  choices,
  defaultZone,
  keepDefault,
  hint,
  error,
}: TimeZoneSelectProps) {
  const browser = useSyncExternalStore(neverChanges, browserZone, noBrowserZone);
  const start = !keepDefault && browser && choices.includes(browser) ? browser : defaultZone;
  return (
    <SelectField key={start} label={label} name={name} hint={hint} error={error} defaultValue={start}>
      {choices.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replaceAll('_', ' ')}
        </option>
      ))}
    </SelectField>
  );
}

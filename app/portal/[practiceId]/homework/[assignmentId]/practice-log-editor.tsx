'use client';
import { Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/app/_components/ui/button';
import { Field, TextAreaField } from '@/app/_components/ui/field';
import { formatCalendarDate } from '@/app/_lib/calendar-date';

type Entry = { on: string; note: string };

const today = () => new Date().toLocaleDateString('en-CA');

export function PracticeLogEditor({
  entryLabel,
  targetCount,
  entries,
  onChange,
}: {
  entryLabel: string;
  targetCount: number;
  entries: Entry[];
  onChange: (entries: Entry[]) => void;
}) {
  const [on, setOn] = useState(today);
  const [note, setNote] = useState('');
  return (
    <>
      <div className="mb-5">
        <p id="log-progress-label" className="m-0 mb-2 flex items-baseline justify-between gap-2">
          <span className="font-semibold">
            {entries.length} of {targetCount} logged
          </span>
          {entries.length >= targetCount ? (
            <span className="text-sm font-medium text-success-700">Target reached</span>
          ) : null}
        </p>
        <progress
          aria-labelledby="log-progress-label"
          max={targetCount}
          value={Math.min(entries.length, targetCount)}
          className="block h-2.5 w-full appearance-none overflow-hidden rounded-full bg-brand-50 [&::-moz-progress-bar]:rounded-full [&::-moz-progress-bar]:bg-brand-700 [&::-webkit-progress-bar]:bg-brand-50 [&::-webkit-progress-value]:rounded-full [&::-webkit-progress-value]:bg-brand-700"
        />
      </div>
      {entries.length > 0 ? (
        <ul
          className="m-0 mb-5 list-none divide-y divide-line rounded-md border border-line p-0"
          aria-label="Your entries"
        >
          {entries.map((entry, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: log entries have no identity, and two may be alike
            <li key={`${entry.on}-${i}`} className="flex items-center gap-3 py-1 pr-1 pl-3">
              <span className="min-w-0 flex-1 py-2 [overflow-wrap:anywhere]">
                <span className="block text-sm font-semibold">{formatCalendarDate(entry.on)}</span>
                {entry.note ? <span className="block text-sm">{entry.note}</span> : null}
              </span>
              <Button
                variant="ghost"
                className="text-muted hover:text-danger-700"
                onClick={() => onChange(entries.filter((_, j) => j !== i))}
              >
                <Trash2 aria-hidden />
                Remove<span className="sr-only"> entry from {entry.on}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <fieldset className="m-0 min-w-0 rounded-md border-0 bg-paper p-4">
        <legend className="float-left mb-3 w-full p-0 font-semibold text-ink">Log {entryLabel}</legend>
        <Field
          id="log-date"
          name="log-date"
          label="Date"
          type="date"
          value={on}
          max={today()}
          onChange={(e) => setOn(e.target.value)}
          className="sm:max-w-56"
        />
        <TextAreaField
          id="log-note"
          name="log-note"
          label="A few words (optional)"
          rows={2}
          maxLength={1000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <Button
          variant="secondary"
          disabled={!on}
          className="w-full sm:w-auto"
          onClick={() => {
            onChange([...entries, { on, note: note.trim() }]);
            setNote('');
          }}
        >
          <Plus aria-hidden />
          Add to log
        </Button>
      </fieldset>
    </>
  );
}

'use client';
import { useState } from 'react';

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
      <p id="log-progress-label">
        {entries.length} of {targetCount} logged
      </p>
      <progress
        aria-labelledby="log-progress-label"
        max={targetCount}
        value={Math.min(entries.length, targetCount)}
      />
      {entries.length > 0 ? (
        <ul className="list" aria-label="Your entries">
          {entries.map((entry, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: log entries have no identity, and two may be alike
            <li key={`${entry.on}-${i}`}>
              <span>
                <strong>{entry.on}</strong> {entry.note}
              </span>
              <button
                type="button"
                className="link-button"
                onClick={() => onChange(entries.filter((_, j) => j !== i))}
              >
                Remove<span className="sr-only"> entry from {entry.on}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <fieldset>
        <legend>Log {entryLabel}</legend>
        <div className="field">
          <label htmlFor="log-date">Date</label>
          <input id="log-date" type="date" value={on} max={today()} onChange={(e) => setOn(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="log-note">A few words (optional)</label>
          <textarea
            id="log-note"
            rows={2}
            maxLength={1000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <p>
          <button
            type="button"
            className="button secondary"
            disabled={!on}
            onClick={() => {
              onChange([...entries, { on, note: note.trim() }]);
              setNote('');
            }}
          >
            Add to log
          </button>
        </p>
      </fieldset>
    </>
  );
}

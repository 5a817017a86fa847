import { formatCalendarDate } from '../../_lib/calendar-date';

type Entry = { on: string; note: string };

/** A practice log: how far against the week's target, and each entry with its date. */
export function LogEntries({
  entries,
  target,
  entryLabel,
}: {
  entries: Entry[];
  target: number;
  entryLabel: string;
}) {
  const sorted = [...entries].sort((a, b) => a.on.localeCompare(b.on));
  const met = entries.length >= target;
  return (
    <div className="log-entries">
      <p>
        <strong>
          {entries.length} of {target} logged
        </strong>{' '}
        <span className="muted">({entryLabel})</span>
        {met ? <span className="badge ok">Target met</span> : null}
      </p>
      {sorted.length > 0 ? (
        <ol>
          {sorted.map((entry, i) => (
            // Two entries may share a date and a note; their order is all that tells them apart.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={i}>
              <span className="log-date">{formatCalendarDate(entry.on)}</span>
              {entry.note.trim() ? <span>{entry.note}</span> : <span className="muted">No note</span>}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}

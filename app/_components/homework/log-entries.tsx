import { formatCalendarDate } from '@/app/_lib/calendar-date';
import { Badge } from '../ui/badge';

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
    <div className="mt-2">
      <p className="m-0 flex flex-wrap items-center gap-x-2 gap-y-1">
        <strong>
          {entries.length} of {target} logged
        </strong>
        <span className="text-muted">({entryLabel})</span>
        {met ? <Badge tone="success">Target met</Badge> : null}
      </p>
      {sorted.length > 0 ? (
        <ol className="m-0 mt-1 space-y-1 pl-5">
          {sorted.map((entry, i) => (
            // Two entries may share a date and a note; their order is all that tells them apart.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={i}>
              <span className="mr-2 font-semibold">{formatCalendarDate(entry.on)}</span>
              {entry.note.trim() ? <span>{entry.note}</span> : <span className="text-muted">No note</span>}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}

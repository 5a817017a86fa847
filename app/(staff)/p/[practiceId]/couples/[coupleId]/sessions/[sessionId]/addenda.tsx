import { formatInstant } from '@/app/_lib/session-time';
import type { TSessionNoteView } from './note-types';

/** Addenda in the order they were written, each with its author and time. */
export function Addenda({ addenda, timeZone }: { addenda: TSessionNoteView['addenda']; timeZone: string }) {
  if (addenda.length === 0) return <p className="m-0 text-sm text-muted">No addenda.</p>;
  return (
    <ol className="m-0 grid list-none gap-3 p-0">
      {addenda.map((a) => (
        <li key={a.id} className="rounded-lg border border-line bg-surface p-4 shadow-card">
          <p className="m-0 mb-1 text-sm text-muted">
            {a.authorName} ·{' '}
            <time dateTime={a.createdAt.toISOString()}>{formatInstant(a.createdAt, timeZone)}</time>
          </p>
          <p className="m-0 whitespace-pre-wrap">{a.text}</p>
        </li>
      ))}
    </ol>
  );
}

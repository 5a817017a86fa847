import { formatInstant } from '../../../../../../../_lib/session-time';
import type { TSessionNoteView } from './note-types';

/** Addenda in the order they were written, each with its author and time. */
export function Addenda({ addenda, timeZone }: { addenda: TSessionNoteView['addenda']; timeZone: string }) {
  if (addenda.length === 0) return <p className="muted">No addenda.</p>;
  return (
    <ol className="addenda">
      {addenda.map((a) => (
        <li key={a.id} className="card">
          <p className="muted">
            {a.authorName} ·{' '}
            <time dateTime={a.createdAt.toISOString()}>{formatInstant(a.createdAt, timeZone)}</time>
          </p>
          <p className="note-text">{a.text}</p>
        </li>
      ))}
    </ol>
  );
}

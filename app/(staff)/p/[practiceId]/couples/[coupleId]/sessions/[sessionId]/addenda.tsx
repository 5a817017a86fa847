import { formatStamp } from './note-labels';
import type { TSessionNoteView } from './note-types';

/** Addenda in the order they were written, each with its author and time. */
export function Addenda({ addenda }: { addenda: TSessionNoteView['addenda'] }) {
  if (addenda.length === 0) return <p className="muted">No addenda.</p>;
  return (
    <ol className="addenda">
      {addenda.map((a) => (
        <li key={a.id} className="card">
          <p className="muted">
            {a.authorName} · <time dateTime={a.createdAt.toISOString()}>{formatStamp(a.createdAt)}</time>
          </p>
          <p className="note-text">{a.text}</p>
        </li>
      ))}
    </ol>
  );
}

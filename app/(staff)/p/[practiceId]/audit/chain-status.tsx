// Whether the practice's keyed chain is whole and matches every checkpoint, or where it first breaks.
import { Alert } from '@/app/_components/ui/alert';

type Problem = 'missing' | 'unlinked' | 'edited' | 'diverged' | 'truncated' | 'checkpoint';
type Summary = {
  events: number;
  checkpoints: number;
  newestCheckpoint: { n: number; seq: number; createdAt: Date } | null;
};
type Status =
  | (Summary & { verified: true })
  | (Summary & { verified: false; seq: number; createdAt: Date | null; problem: Problem });

const PROBLEM: Record<Problem, string> = {
  missing: 'events before it are missing',
  unlinked: 'it does not link to the event before it (that event was changed or events were removed)',
  edited: 'this event was changed after it was recorded',
  diverged: 'a checkpoint saw a different event here (the log was rewritten up to this point)',
  truncated: 'this event and every later one a checkpoint saw are missing (the newest events were deleted)',
  checkpoint: 'a checkpoint was changed, forged or removed',
};

const utc = (at: Date) => `${at.toISOString().replace('T', ' ').slice(0, 19)} UTC`;

function NewestCheckpoint({ status }: { status: Status }) {
  const newest = status.newestCheckpoint;
  if (!newest) return <p>No checkpoint yet: the worker writes one within minutes of new events.</p>;
  return (
    <p>
      Newest checkpoint: #{newest.n} at event #{newest.seq}, {utc(newest.createdAt)}. Events recorded after it
      can be checked only against a later checkpoint, or one kept in a data export.
    </p>
  );
}

export function ChainStatus({ status }: { status: Status }) {
  if (status.verified) {
    return (
      <Alert tone="success" role="status" className="[overflow-wrap:anywhere]">
        <p className="font-semibold">
          Chain verified: all {status.events} events are intact and match all {status.checkpoints}{' '}
          {status.checkpoints === 1 ? 'checkpoint' : 'checkpoints'}.
        </p>
        <NewestCheckpoint status={status} />
      </Alert>
    );
  }
  return (
    <Alert tone="danger" role="alert" className="[overflow-wrap:anywhere]">
      <p>
        <strong>Chain broken at event #{status.seq}</strong>
        {status.createdAt ? ` (${utc(status.createdAt)})` : ''}: {PROBLEM[status.problem]}.
      </p>
      <NewestCheckpoint status={status} />
    </Alert>
  );
}

// Whether the practice's hash chain is whole, or where it first breaks.
type Status =
  | { verified: true; events: number }
  | {
      verified: false;
      events: number;
      seq: number;
      createdAt: Date;
      problem: 'missing' | 'unlinked' | 'edited';
    };

const PROBLEM: Record<'missing' | 'unlinked' | 'edited', string> = {
  missing: 'events before it are missing',
  unlinked: 'it does not link to the event before it (that event was changed or events were removed)',
  edited: 'this event was changed after it was recorded',
};

export function ChainStatus({ status }: { status: Status }) {
  if (status.verified) {
    return (
      <p role="status" className="badge">
        Chain verified: all {status.events} events are intact.
      </p>
    );
  }
  return (
    <div role="alert" className="alert alert-error">
      <p>
        <strong>Chain broken at event #{status.seq}</strong> (
        {status.createdAt.toISOString().replace('T', ' ').slice(0, 19)} UTC): {PROBLEM[status.problem]}.
      </p>
    </div>
  );
}

'use client';
// The chosen counselor's couples as checkboxes in one labelled group, with "all" and "none".
import { Button } from '@/app/_components/ui/button';
import { Choice } from '@/app/_components/ui/choice';

type Couple = { coupleId: string; name: string; status: 'active' | 'paused' | 'closed' };

export function CoupleChoices({
  loading,
  failed,
  couples,
  more,
  leftOut,
  onChange,
}: {
  loading: boolean;
  failed: boolean;
  couples: Couple[];
  more: boolean;
  leftOut: Set<string>;
  onChange: (leftOut: Set<string>) => void;
}) {
  const chosen = couples.length - couples.filter((c) => leftOut.has(c.coupleId)).length;

  function toggle(coupleId: string, on: boolean) {
    const next = new Set(leftOut);
    if (on) next.delete(coupleId);
    else next.add(coupleId);
    onChange(next);
  }

  return (
    <fieldset className="m-0 mb-4 min-w-0 border-0 p-0" aria-describedby="reassign-count">
      <legend className="mb-1 p-0 text-sm font-semibold text-ink">Couples to move</legend>
      {loading ? (
        <p className="m-0 text-sm text-muted">Loading their couples…</p>
      ) : failed ? (
        <p className="m-0 text-sm font-medium text-danger-700">
          Their couples could not be loaded. Reload the page to try again.
        </p>
      ) : couples.length === 0 ? (
        <p className="m-0 text-sm text-muted">They have no couples. Choose someone else under From.</p>
      ) : (
        <>
          <div className="flex gap-4">
            <Button variant="link" onClick={() => onChange(new Set())}>
              Select all
            </Button>
            <Button variant="link" onClick={() => onChange(new Set(couples.map((c) => c.coupleId)))}>
              Select none
            </Button>
          </div>
          <ul className="m-0 mt-2 max-h-80 list-none overflow-y-auto rounded-md border border-line px-3 py-1">
            {couples.map((c) => (
              <li key={c.coupleId}>
                <Choice
                  type="checkbox"
                  name="coupleIds"
                  value={c.coupleId}
                  checked={!leftOut.has(c.coupleId)}
                  onChange={(e) => toggle(c.coupleId, e.target.checked)}
                  label={
                    <>
                      {c.name}
                      {c.status !== 'active' ? <span className="text-muted"> ({c.status})</span> : null}
                    </>
                  }
                />
              </li>
            ))}
          </ul>
        </>
      )}
      <p id="reassign-count" className="m-0 mt-2 text-sm text-muted" aria-live="polite">
        {loading || failed || couples.length === 0 ? '' : `${chosen} of ${couples.length} selected.`}
        {more ? ' They have more couples than one move takes: move these, then the rest.' : ''}
      </p>
    </fieldset>
  );
}

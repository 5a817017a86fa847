'use client';
// The chosen counselor's couples as checkboxes in one labelled group, with "all" and "none".
import './couple-choices.css';

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
    <fieldset className="couple-choices" aria-describedby="reassign-count">
      <legend>Couples to move</legend>
      {loading ? (
        <p className="hint">Loading their couples…</p>
      ) : failed ? (
        <p className="field-error">Their couples could not be loaded. Reload the page to try again.</p>
      ) : couples.length === 0 ? (
        <p className="hint">They have no couples.</p>
      ) : (
        <>
          <div className="confirm-buttons">
            <button type="button" className="link-button" onClick={() => onChange(new Set())}>
              Select all
            </button>
            <button
              type="button"
              className="link-button"
              onClick={() => onChange(new Set(couples.map((c) => c.coupleId)))}
            >
              Select none
            </button>
          </div>
          <ul className="couple-choice-list">
            {couples.map((c) => (
              <li key={c.coupleId}>
                <label className="check">
                  <input
                    type="checkbox"
                    name="coupleIds"
                    value={c.coupleId}
                    checked={!leftOut.has(c.coupleId)}
                    onChange={(e) => toggle(c.coupleId, e.target.checked)}
                  />
                  <span>
                    {c.name}
                    {c.status !== 'active' ? <span className="muted"> ({c.status})</span> : null}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      <p id="reassign-count" className="hint" aria-live="polite">
        {loading || failed ? '' : `${chosen} of ${couples.length} selected.`}
        {more ? ' They have more couples than one move takes: move these, then the rest.' : ''}
      </p>
    </fieldset>
  );
}

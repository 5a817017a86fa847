'use client';
import { usePathname, useRouter } from 'next/navigation';
import { useOptimistic, useTransition } from 'react';
import { BEHAVIORS, behaviorName, KIND_LABELS, KINDS } from '../../../../_lib/homework-labels';

type Filters = { behavior: string; kind: string };

/**
 * Behavior and kind filters kept in the URL, so a filtered list can be shared and survives a
 * refresh. The list updates as soon as a choice changes; the selects show the choice at once.
 */
export function ExerciseFilters({ behavior, kind }: Partial<Filters>) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [shown, setShown] = useOptimistic<Filters>({ behavior: behavior ?? '', kind: kind ?? '' });

  function apply(next: Filters) {
    const params = new URLSearchParams();
    if (next.behavior) params.set('behavior', next.behavior);
    if (next.kind) params.set('kind', next.kind);
    const query = params.toString();
    startTransition(() => {
      setShown(next);
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    });
  }

  return (
    <form
      className="filters card"
      aria-label="Filter exercises"
      aria-busy={pending}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="field">
        <label htmlFor="filter-behavior">Behavior</label>
        <select
          id="filter-behavior"
          name="behavior"
          value={shown.behavior}
          onChange={(e) => apply({ ...shown, behavior: e.target.value })}
        >
          <option value="">All nine behaviors</option>
          {BEHAVIORS.map((b) => (
            <option key={b} value={b}>
              {behaviorName(b)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-kind">Kind</label>
        <select
          id="filter-kind"
          name="kind"
          value={shown.kind}
          onChange={(e) => apply({ ...shown, kind: e.target.value })}
        >
          <option value="">All kinds</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      {shown.behavior || shown.kind ? (
        <button type="button" className="link-button" onClick={() => apply({ behavior: '', kind: '' })}>
          Clear filters
        </button>
      ) : null}
    </form>
  );
}

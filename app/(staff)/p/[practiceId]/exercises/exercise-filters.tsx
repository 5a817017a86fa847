'use client';
import { X } from 'lucide-react';
import { usePathname, useRouter } from 'next/navigation';
import { useOptimistic, useTransition } from 'react';
import { Button } from '@/app/_components/ui/button';
import { SelectField } from '@/app/_components/ui/field';
import { Spinner } from '@/app/_components/ui/spinner';
import { BEHAVIORS, behaviorName, KIND_LABELS, KINDS } from '@/app/_lib/homework-labels';

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
      className="mb-4 flex flex-wrap items-end gap-x-4 gap-y-3 rounded-lg border border-line bg-surface p-4 shadow-card"
      aria-label="Filter exercises"
      aria-busy={pending}
      onSubmit={(event) => event.preventDefault()}
    >
      <SelectField
        id="filter-behavior"
        label="Behavior"
        name="behavior"
        value={shown.behavior}
        onChange={(e) => apply({ ...shown, behavior: e.target.value })}
        fieldClassName="mb-0 w-full sm:w-64"
      >
        <option value="">All nine behaviors</option>
        {BEHAVIORS.map((b) => (
          <option key={b} value={b}>
            {behaviorName(b)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="filter-kind"
        label="Kind"
        name="kind"
        value={shown.kind}
        onChange={(e) => apply({ ...shown, kind: e.target.value })}
        fieldClassName="mb-0 w-full sm:w-56"
      >
        <option value="">All kinds</option>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_LABELS[k]}
          </option>
        ))}
      </SelectField>
      {shown.behavior || shown.kind ? (
        <Button variant="ghost" onClick={() => apply({ behavior: '', kind: '' })}>
          <X aria-hidden />
          Clear filters
        </Button>
      ) : null}
      {pending ? <Spinner className="mb-3.5 text-muted" /> : null}
    </form>
  );
}

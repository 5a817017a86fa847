import type { Metadata } from 'next';
import Link from 'next/link';
import { behaviorName, isBehavior, isKind, KIND_LABELS } from '../../../../_lib/homework-labels';
import { loadOrRedirect, serverApi } from '../../../../_lib/server-api';
import { ExerciseCard } from './exercise-card';
import { ExerciseFilters } from './exercise-filters';

export const metadata: Metadata = { title: 'Exercises' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ExercisesPage({
  params,
  searchParams,
}: {
  params: Promise<{ practiceId: string }>;
  searchParams: SearchParams;
}) {
  const { practiceId } = await params;
  const query = await searchParams;
  // Unknown values in the URL read as "no filter" rather than an error page.
  const behavior = isBehavior(query.behavior) ? query.behavior : undefined;
  const kind = isKind(query.kind) ? query.kind : undefined;
  const api = await serverApi(practiceId);
  const found = await loadOrRedirect(() => api.exercises.find({ behavior, kind }));
  const own = found.filter((e) => e.source === 'practice');
  const library = found.filter((e) => e.source === 'library');
  const filterText = [behavior ? behaviorName(behavior) : null, kind ? KIND_LABELS[kind] : null]
    .filter(Boolean)
    .join(', ');

  return (
    <main id="main">
      <div className="page-head">
        <h1>Exercises</h1>
        <Link className="button" href={`/p/${practiceId}/exercises/new`}>
          New exercise
        </Link>
      </div>
      <p className="muted">
        Homework for the nine behaviors: the Ninefold library and your practice’s own exercises.
      </p>
      <ExerciseFilters behavior={behavior} kind={kind} />
      <p role="status" className="muted">
        {found.length === 1 ? '1 exercise' : `${found.length} exercises`}
        {filterText ? ` for ${filterText}` : ''}
      </p>
      {own.length > 0 ? (
        <section aria-labelledby="own-heading">
          <h2 id="own-heading">Your practice’s exercises</h2>
          <ul className="exercise-list" aria-labelledby="own-heading">
            {own.map((e) => (
              <ExerciseCard key={e.id} practiceId={practiceId} exercise={e} />
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="library-heading">
        <h2 id="library-heading">Library</h2>
        {library.length === 0 ? (
          <p className="card">No library exercises match. Try another behavior or kind.</p>
        ) : (
          <ul className="exercise-list" aria-labelledby="library-heading">
            {library.map((e) => (
              <ExerciseCard key={e.id} practiceId={practiceId} exercise={e} />
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}

import { BookOpen, PenLine, Plus } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/app/_components/ui/button';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Page, PageHeader } from '@/app/_components/ui/page';
import { behaviorName, isBehavior, isKind, KIND_LABELS } from '@/app/_lib/homework-labels';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
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

  const newHref = `/p/${practiceId}/exercises/new`;
  const list = 'm-0 grid list-none gap-4 p-0 sm:grid-cols-2 lg:grid-cols-3';

  return (
    <Page width="wide">
      <PageHeader
        title="Exercises"
        description={
          <p>Homework for the nine behaviors: the Ninefold library and your practice’s own exercises.</p>
        }
        actions={
          <Button asChild>
            <Link href={newHref}>
              <Plus aria-hidden />
              New exercise
            </Link>
          </Button>
        }
      />
      <ExerciseFilters behavior={behavior} kind={kind} />
      <p role="status" className="m-0 mb-6 text-sm text-muted">
        {found.length === 1 ? '1 exercise' : `${found.length} exercises`}
        {filterText ? ` for ${filterText}` : ''}
      </p>
      <section aria-labelledby="own-heading" className="mb-10">
        <h2 id="own-heading" className="m-0 mb-3">
          Your practice’s exercises
        </h2>
        {own.length > 0 ? (
          <ul className={list} aria-labelledby="own-heading">
            {own.map((e) => (
              <ExerciseCard key={e.id} practiceId={practiceId} exercise={e} />
            ))}
          </ul>
        ) : (
          <EmptyState
            icon={PenLine}
            className="py-6"
            title={filterText ? `None of your own for ${filterText}` : 'None of your own yet'}
            action={
              <Button asChild variant="secondary">
                <Link href={newHref}>Write an exercise</Link>
              </Button>
            }
          >
            <p>Write one from scratch, or open a library exercise below and choose Copy and edit.</p>
          </EmptyState>
        )}
      </section>
      <section aria-labelledby="library-heading">
        <h2 id="library-heading" className="m-0 mb-3">
          Library
        </h2>
        {library.length === 0 ? (
          <EmptyState icon={BookOpen} title="No library exercises match">
            <p>Try another behavior or kind, or clear the filters.</p>
          </EmptyState>
        ) : (
          <ul className={list} aria-labelledby="library-heading">
            {library.map((e) => (
              <ExerciseCard key={e.id} practiceId={practiceId} exercise={e} />
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}

import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Page, PageHeader } from '@/app/_components/ui/page';
import { isUuid } from '@/app/_lib/is-uuid';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { draftFrom, emptyDraft } from '../_form/exercise-draft';
import { ExerciseForm } from '../_form/exercise-form';

export const metadata: Metadata = { title: 'New exercise' };

/** A new practice exercise; `?copy=<library exercise id>` starts from a copy of that one. */
export default async function NewExercisePage({
  params,
  searchParams,
}: {
  params: Promise<{ practiceId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { practiceId } = await params;
  const { copy } = await searchParams;
  const copyId = typeof copy === 'string' && isUuid(copy) ? copy : undefined;
  const api = await serverApi(practiceId);
  const original = copyId
    ? await loadOrRedirect(() => api.exercises.get({ source: 'library', exerciseId: copyId }))
    : null;
  const back = original
    ? { href: `/p/${practiceId}/exercises/library/${original.id}`, label: original.content.title }
    : { href: `/p/${practiceId}/exercises`, label: 'Exercises' };
  return (
    <Page className="max-w-3xl">
      <PageHeader
        back={
          <Link href={back.href} className="inline-flex items-center gap-1 no-underline hover:underline">
            <ArrowLeft aria-hidden className="size-4" />
            {back.label}
          </Link>
        }
        title={original ? 'Copy and edit' : 'New exercise'}
        description={
          <p>
            {original
              ? `Your practice’s own version of “${original.content.title}”. Change anything; the library stays as it is.`
              : 'Write an exercise for your practice. It appears in your exercise list and can be assigned like any other.'}
          </p>
        }
      />
      <ExerciseForm
        initial={original ? draftFrom(original.content) : emptyDraft()}
        target={{ mode: 'create', copiedFromExerciseId: original?.id }}
      />
    </Page>
  );
}

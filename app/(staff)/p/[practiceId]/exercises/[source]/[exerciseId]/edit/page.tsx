import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Page, PageHeader } from '@/app/_components/ui/page';
import { isUuid } from '@/app/_lib/is-uuid';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { draftFrom } from '@/app/(staff)/p/[practiceId]/exercises/_form/exercise-draft';
import { ExerciseForm } from '@/app/(staff)/p/[practiceId]/exercises/_form/exercise-form';

export const metadata: Metadata = { title: 'Edit exercise' };

export default async function EditExercisePage({
  params,
}: {
  params: Promise<{ practiceId: string; source: string; exerciseId: string }>;
}) {
  const { practiceId, source, exerciseId } = await params;
  // Only a practice's own exercises can be edited; library ones are copied first.
  if (source !== 'practice' || !isUuid(exerciseId)) notFound();
  const api = await serverApi(practiceId);
  const exercise = await loadOrRedirect(() => api.exercises.get({ source: 'practice', exerciseId }));
  return (
    <Page className="max-w-3xl">
      <PageHeader
        back={
          <Link
            href={`/p/${practiceId}/exercises/practice/${exercise.id}`}
            className="inline-flex items-center gap-1 no-underline hover:underline"
          >
            <ArrowLeft aria-hidden className="size-4" />
            {exercise.content.title}
          </Link>
        }
        title="Edit exercise"
        description={<p>Homework already assigned keeps the wording it was given with.</p>}
      />
      <ExerciseForm
        initial={draftFrom(exercise.content)}
        target={{ mode: 'edit', exerciseId: exercise.id }}
      />
    </Page>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { isUuid } from '../../../../../../../_lib/is-uuid';
import { loadOrRedirect, serverApi } from '../../../../../../../_lib/server-api';
import { draftFrom } from '../../../_form/exercise-draft';
import { ExerciseForm } from '../../../_form/exercise-form';

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
    <main id="main">
      <p>
        <Link href={`/p/${practiceId}/exercises/practice/${exercise.id}`}>← {exercise.content.title}</Link>
      </p>
      <h1>Edit exercise</h1>
      <p className="muted">Homework already assigned keeps the wording it was given with.</p>
      <ExerciseForm
        initial={draftFrom(exercise.content)}
        target={{ mode: 'edit', exerciseId: exercise.id }}
      />
    </main>
  );
}

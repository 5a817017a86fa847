import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ExerciseDetails } from '../../../../../../_components/homework/exercise-details';
import { ExerciseMeta } from '../../../../../../_components/homework/exercise-meta';
import { isUuid } from '../../../../../../_lib/is-uuid';
import { loadOrRedirect, serverApi } from '../../../../../../_lib/server-api';
import { ArchiveExerciseButton } from './archive-exercise-button';

export const metadata: Metadata = { title: 'Exercise' };

export default async function ExercisePage({
  params,
}: {
  params: Promise<{ practiceId: string; source: string; exerciseId: string }>;
}) {
  const { practiceId, source, exerciseId } = await params;
  if ((source !== 'library' && source !== 'practice') || !isUuid(exerciseId)) notFound();
  const api = await serverApi(practiceId);
  const exercise = await loadOrRedirect(() => api.exercises.get({ source, exerciseId }));
  const { content } = exercise;
  const base = `/p/${practiceId}/exercises`;
  return (
    <main id="main">
      <p>
        <Link href={base}>← Exercises</Link>
      </p>
      <h1>{content.title}</h1>
      <ExerciseMeta content={content} />
      <p className="muted">
        {source === 'library' ? 'From the Ninefold library.' : 'Written by your practice.'}
      </p>
      <div className="card">
        <p className="lead">{content.summary}</p>
        <ExerciseDetails content={content} />
      </div>
      <div className="actions">
        {source === 'library' ? (
          <Link className="button" href={`${base}/new?copy=${exercise.id}`}>
            Copy and edit
          </Link>
        ) : (
          <>
            <Link className="button" href={`${base}/practice/${exercise.id}/edit`}>
              Edit
            </Link>
            <ArchiveExerciseButton exerciseId={exercise.id} title={content.title} />
          </>
        )}
      </div>
      {source === 'library' ? (
        <p className="hint">
          Copying makes your practice’s own version; the library exercise stays as it is.
        </p>
      ) : (
        <p className="hint">
          Changes apply to homework you assign from now on; homework already given keeps its wording.
        </p>
      )}
    </main>
  );
}

import Link from 'next/link';
import { ExerciseMeta } from '../../../../_components/homework/exercise-meta';
import type { TExerciseListItem } from '../../../../_lib/router-types';

export function ExerciseCard({ practiceId, exercise }: { practiceId: string; exercise: TExerciseListItem }) {
  return (
    <li className="card exercise-card">
      <h3>
        <Link href={`/p/${practiceId}/exercises/${exercise.source}/${exercise.id}`}>
          {exercise.content.title}
        </Link>
      </h3>
      <ExerciseMeta content={exercise.content} />
      <p>{exercise.content.summary}</p>
    </li>
  );
}

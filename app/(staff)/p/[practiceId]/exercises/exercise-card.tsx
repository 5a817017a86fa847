import Link from 'next/link';
import { ExerciseMeta } from '@/app/_components/homework/exercise-meta';
import type { TExerciseListItem } from '@/app/_lib/router-types';

/** One exercise in a list; the whole card opens it. */
export function ExerciseCard({ practiceId, exercise }: { practiceId: string; exercise: TExerciseListItem }) {
  return (
    <li className="relative flex flex-col gap-2 rounded-lg border border-line bg-surface p-5 shadow-card transition-colors has-[a:hover]:border-brand-200 has-[a:hover]:bg-brand-50/40">
      <h3 className="m-0 text-base">
        <Link
          href={`/p/${practiceId}/exercises/${exercise.source}/${exercise.id}`}
          className="text-ink no-underline after:absolute after:inset-0 after:rounded-lg hover:text-brand-800"
        >
          {exercise.content.title}
        </Link>
      </h3>
      <p className="m-0 text-sm text-muted">{exercise.content.summary}</p>
      <div className="mt-auto pt-1">
        <ExerciseMeta content={exercise.content} />
      </div>
    </li>
  );
}

import type { TExerciseContent } from '../../../db/exercise-content';
import { behaviorName, KIND_LABELS, PARTICIPATION_LABELS } from '../../_lib/homework-labels';

/** The facts a counselor scans an exercise by: behavior, kind, who does it, how long. */
export function ExerciseMeta({ content }: { content: TExerciseContent }) {
  return (
    <p className="meta">
      <span className="badge">{behaviorName(content.behavior)}</span>
      <span>{KIND_LABELS[content.kind]}</span>
      <span>{PARTICIPATION_LABELS[content.participation]}</span>
      <span>About {content.estimatedMinutes} min</span>
    </p>
  );
}

import { Clock } from 'lucide-react';
import { behaviorName, KIND_LABELS, PARTICIPATION_LABELS } from '@/app/_lib/homework-labels';
import type { TExerciseContent } from '@/db/exercise-content';
import { Badge } from '../ui/badge';

/** The facts a counselor scans an exercise by: behavior, kind, who does it, how long. */
export function ExerciseMeta({ content }: { content: TExerciseContent }) {
  return (
    <p className="m-0 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
      <Badge tone="brand">{behaviorName(content.behavior)}</Badge>
      <span className="whitespace-nowrap">
        {KIND_LABELS[content.kind]}, {PARTICIPATION_LABELS[content.participation].toLowerCase()}
      </span>
      <span className="inline-flex items-center gap-1 whitespace-nowrap">
        <Clock aria-hidden className="size-3.5" />
        About {content.estimatedMinutes} min
      </span>
    </p>
  );
}

import { isPerceptionGap } from '@/server/services/homework/progress/perception-gap';
import { Badge } from '../ui/badge';

/** A ratings table's gap: the difference, marked when it is wide enough to be a perception gap. */
export function GapCell({ gap }: { gap: number | null | undefined }) {
  return (
    <td>
      <span className="inline-flex flex-wrap items-center gap-2">
        {gap ?? '–'}
        {isPerceptionGap(gap) ? <Badge tone="danger">Perception gap</Badge> : null}
      </span>
    </td>
  );
}

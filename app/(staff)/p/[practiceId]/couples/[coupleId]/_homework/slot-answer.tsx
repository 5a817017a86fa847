import { LogEntries } from '@/app/_components/homework/log-entries';
import { PromptAnswers } from '@/app/_components/homework/prompt-answers';
import type { THomeworkSlot } from '@/app/_lib/router-types';
import type { TExerciseContent } from '@/db/exercise-content';

/**
 * What one partner sent, as far as the counselor may see it. Check-in ratings are left to
 * CheckInGaps, which sets both partners' ratings side by side.
 */
export function SlotAnswer({
  content,
  slot,
  owner,
}: {
  content: TExerciseContent;
  slot: THomeworkSlot;
  owner: string;
}) {
  if (slot.status !== 'submitted') return null;
  if (slot.visibility === 'private')
    return (
      <p className="m-0 mt-2 rounded-md border border-dashed border-line-strong px-3 py-2 text-sm text-muted">
        Private answer: only {owner} can read it.
      </p>
    );
  const { answer } = slot;
  if (!answer) return <p className="m-0 mt-2 text-sm text-muted">This answer is not shared with you.</p>;
  if ((answer.kind === 'reflection' || answer.kind === 'joint-reveal') && 'prompts' in content)
    return <PromptAnswers prompts={content.prompts} answers={answer.answers} />;
  if (answer.kind === 'practice-log' && content.kind === 'practice-log')
    return (
      <LogEntries entries={answer.entries} target={content.targetCount} entryLabel={content.entryLabel} />
    );
  return null;
}

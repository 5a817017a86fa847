// An answer as written, read-only, for its author or their partner. The counselor's view
// (SlotAnswer, CheckInGaps) uses the same pieces for prompts and logs.
import type { TExerciseContent } from '@/db/exercise-content';
import type { TAnswerBody } from '@/server/services/homework/answer-body';
import { BEHAVIOR_LABELS } from '@/server/services/homework/behavior-labels';
import { compactTable } from '../ui/compact-table';
import { LogEntries } from './log-entries';
import { PromptAnswers } from './prompt-answers';

export function AnswerView({ content, answer }: { content: TExerciseContent; answer: TAnswerBody }) {
  if ((answer.kind === 'reflection' || answer.kind === 'joint-reveal') && 'prompts' in content)
    return <PromptAnswers prompts={content.prompts} answers={answer.answers} />;
  if (answer.kind === 'practice-log' && content.kind === 'practice-log')
    return (
      <LogEntries entries={answer.entries} target={content.targetCount} entryLabel={content.entryLabel} />
    );
  if (answer.kind !== 'check-in-scale') return null;
  return (
    <div className="mt-2 overflow-x-auto">
      <table className={compactTable}>
        <thead>
          <tr>
            <th scope="col">Behavior</th>
            <th scope="col">Self</th>
            <th scope="col">Partner</th>
          </tr>
        </thead>
        <tbody>
          {answer.ratings.map((r) => (
            <tr key={r.behavior}>
              <th scope="row">{BEHAVIOR_LABELS[r.behavior].name}</th>
              <td>{r.self} / 5</td>
              <td>{r.partner} / 5</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// An answer as written, read-only, for the author, their partner or the counselor.
import type { TExerciseContent } from '../../../db/exercise-content';
import type { TAnswerBody } from '../../../server/services/homework/answer-body';
import { BEHAVIOR_LABELS } from '../../../server/services/homework/behavior-labels';

export function AnswerView({ content, answer }: { content: TExerciseContent; answer: TAnswerBody }) {
  switch (answer.kind) {
    case 'reflection':
    case 'joint-reveal': {
      const prompts = 'prompts' in content ? content.prompts : [];
      return (
        <dl className="answer">
          {prompts.map((prompt, i) => (
            <div key={prompt}>
              <dt>{prompt}</dt>
              <dd>{answer.answers[i]?.trim() || <span className="muted">No answer</span>}</dd>
            </div>
          ))}
        </dl>
      );
    }
    case 'practice-log': {
      const target = content.kind === 'practice-log' ? content.targetCount : 0;
      return (
        <div className="answer">
          <p>
            {answer.entries.length} of {target} logged
          </p>
          <ul className="list">
            {answer.entries.map((entry, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: log entries have no identity, and two may be alike
              <li key={`${entry.on}-${i}`}>
                <span>{entry.on}</span>
                <span>{entry.note || <span className="muted">No note</span>}</span>
              </li>
            ))}
          </ul>
        </div>
      );
    }
    case 'check-in-scale':
      return (
        <table className="answer">
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
      );
  }
}

import type { TExerciseContent } from '../../../db/exercise-content';
import { behaviorName, CHECK_IN_SCALE_MEANING } from '../../_lib/homework-labels';

/** What an exercise asks of the couple: its instructions and its prompts, target or scale. */
export function ExerciseDetails({
  content,
  headingLevel = 2,
}: {
  content: TExerciseContent;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="exercise-details">
      <Heading>Instructions</Heading>
      <p className="prose">{content.instructions}</p>
      {content.kind === 'reflection' || content.kind === 'joint-reveal' ? (
        <>
          <Heading>Prompts</Heading>
          <ol>
            {content.prompts.map((prompt, i) => (
              // Prompts may repeat word for word; their position is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={i}>{prompt}</li>
            ))}
          </ol>
          {content.kind === 'joint-reveal' ? (
            <p className="hint">
              Each partner answers alone; both answers are shown once both have sent theirs.
            </p>
          ) : null}
        </>
      ) : null}
      {content.kind === 'practice-log' ? (
        <>
          <Heading>Target</Heading>
          <p>
            {content.targetCount} × {content.entryLabel}
          </p>
        </>
      ) : null}
      {content.kind === 'check-in-scale' ? (
        <>
          <Heading>Behaviors rated</Heading>
          <p className="hint">Each partner rates themselves and the other. {CHECK_IN_SCALE_MEANING}</p>
          <ul>
            {content.scaleBehaviors.map((b) => (
              <li key={b}>{behaviorName(b)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

import { behaviorName, CHECK_IN_SCALE_MEANING } from '@/app/_lib/homework-labels';
import type { TExerciseContent } from '@/db/exercise-content';

/** What an exercise asks of the couple: its instructions and its prompts, target or scale. */
export function ExerciseDetails({
  content,
  headingLevel = 2,
}: {
  content: TExerciseContent;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const heading = 'm-0 mt-6 mb-2 text-base font-semibold first:mt-0';
  const hint = 'm-0 mt-2 text-sm text-muted';
  return (
    <div>
      <Heading className={heading}>Instructions</Heading>
      <p className="m-0 max-w-prose whitespace-pre-line">{content.instructions}</p>
      {content.kind === 'reflection' || content.kind === 'joint-reveal' ? (
        <>
          <Heading className={heading}>Prompts</Heading>
          <ol className="m-0 max-w-prose list-decimal space-y-2 pl-6 marker:font-semibold marker:text-muted">
            {content.prompts.map((prompt, i) => (
              // Prompts may repeat word for word; their position is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={i}>{prompt}</li>
            ))}
          </ol>
          {content.kind === 'joint-reveal' ? (
            <p className={hint}>
              Each partner answers alone; both answers are shown once both have sent theirs.
            </p>
          ) : null}
        </>
      ) : null}
      {content.kind === 'practice-log' ? (
        <>
          <Heading className={heading}>Target</Heading>
          <p className="m-0">
            {content.targetCount} × {content.entryLabel}
          </p>
        </>
      ) : null}
      {content.kind === 'check-in-scale' ? (
        <>
          <Heading className={heading}>Behaviors rated</Heading>
          <p className={hint}>Each partner rates themselves and the other. {CHECK_IN_SCALE_MEANING}</p>
          <ul className="m-0 mt-2 list-disc space-y-1 pl-6">
            {content.scaleBehaviors.map((b) => (
              <li key={b}>{behaviorName(b)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

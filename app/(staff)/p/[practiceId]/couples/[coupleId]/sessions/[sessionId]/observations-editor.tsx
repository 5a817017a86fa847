'use client';
import { Card } from '@/app/_components/ui/card';
import { Choice } from '@/app/_components/ui/choice';
import { TextAreaField } from '@/app/_components/ui/field';
import { BEHAVIORS } from '@/app/_lib/homework-labels';
import { OBSERVATION_LEVEL_LABELS } from '@/app/_lib/observation-labels';
// One fieldset per behavior: a level as radio buttons (arrow keys move within a group) and an
// optional comment.
import type { Behavior } from '@/db/schema';
import { BEHAVIOR_LABELS } from '@/server/services/homework/behavior-labels';
import type { TNoteContent, TObservation } from '@/server/services/notes/note-shape';
import { OBSERVATION_LEVELS } from '@/server/services/notes/note-shape';

export function ObservationsEditor({
  observations,
  onChange,
}: {
  observations: TNoteContent['observations'];
  onChange: (behavior: Behavior, observation: TObservation) => void;
}) {
  return (
    <Card aria-labelledby="observations-heading">
      <h2 id="observations-heading" className="m-0 mb-1">
        Nine-behavior observations
      </h2>
      <p className="m-0 mb-4 text-sm text-muted">
        Choose a level for each behavior as you saw it in this session. Signing needs all nine.
      </p>
      <div className="grid gap-3 md:grid-cols-2">
        {BEHAVIORS.map((behavior) => {
          const current = observations[behavior];
          const { name, summary } = BEHAVIOR_LABELS[behavior];
          return (
            <fieldset
              key={behavior}
              className="m-0 min-w-0 rounded-md border border-line p-4 has-[:checked]:border-brand-200"
              aria-describedby={`obs-${behavior}-hint`}
            >
              <legend className="px-1 font-semibold">{name}</legend>
              <p className="m-0 text-sm text-muted" id={`obs-${behavior}-hint`}>
                {summary}
              </p>
              <div className="my-2 flex flex-wrap gap-x-4">
                {OBSERVATION_LEVELS.map((level) => (
                  <Choice
                    key={level}
                    name={`obs-${behavior}`}
                    value={level}
                    label={OBSERVATION_LEVEL_LABELS[level]}
                    checked={current.level === level}
                    onChange={() => onChange(behavior, { ...current, level })}
                  />
                ))}
              </div>
              <TextAreaField
                label="Comment"
                name={`obs-${behavior}-comment`}
                id={`obs-${behavior}-comment`}
                rows={2}
                maxLength={1000}
                value={current.comment}
                onChange={(e) => onChange(behavior, { ...current, comment: e.target.value })}
                fieldClassName="mb-0"
              />
            </fieldset>
          );
        })}
      </div>
    </Card>
  );
}

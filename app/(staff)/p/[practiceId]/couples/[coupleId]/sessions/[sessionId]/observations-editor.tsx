'use client';
// One fieldset per behavior: a level as radio buttons (arrow keys move within a group) and an
// optional comment.
import type { Behavior } from '../../../../../../../../db/schema';
import { BEHAVIOR_LABELS } from '../../../../../../../../server/services/homework/behavior-labels';
import type { TNoteContent, TObservation } from '../../../../../../../../server/services/notes/note-shape';
import { OBSERVATION_LEVELS } from '../../../../../../../../server/services/notes/note-shape';
import { TextAreaField } from '../../../../../../../_components/ui/field';
import { BEHAVIORS } from '../../../../../../../_lib/homework-labels';
import { OBSERVATION_LEVEL_LABELS } from '../../../../../../../_lib/observation-labels';

export function ObservationsEditor({
  observations,
  onChange,
}: {
  observations: TNoteContent['observations'];
  onChange: (behavior: Behavior, observation: TObservation) => void;
}) {
  return (
    <section aria-labelledby="observations-heading" className="note-part">
      <h2 id="observations-heading">Nine-behavior observations</h2>
      <p className="hint">
        Choose a level for each behavior as you saw it in this session. Signing needs all nine.
      </p>
      <div className="observations">
        {BEHAVIORS.map((behavior) => {
          const current = observations[behavior];
          const { name, summary } = BEHAVIOR_LABELS[behavior];
          return (
            <fieldset key={behavior} className="card observation" aria-describedby={`obs-${behavior}-hint`}>
              <legend>{name}</legend>
              <p className="hint" id={`obs-${behavior}-hint`}>
                {summary}
              </p>
              <div className="levels">
                {OBSERVATION_LEVELS.map((level) => (
                  <label key={level} className="choice">
                    <input
                      type="radio"
                      name={`obs-${behavior}`}
                      value={level}
                      checked={current.level === level}
                      onChange={() => onChange(behavior, { ...current, level })}
                    />
                    <span>{OBSERVATION_LEVEL_LABELS[level]}</span>
                  </label>
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
              />
            </fieldset>
          );
        })}
      </div>
    </section>
  );
}

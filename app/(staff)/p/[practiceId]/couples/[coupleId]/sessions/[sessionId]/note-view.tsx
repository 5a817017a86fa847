// A note as written: read-only, for a signed note or for staff reading someone else's draft.
import type { NoteTemplate } from '../../../../../../../../db/schema';
import { BEHAVIOR_LABELS } from '../../../../../../../../server/services/homework/behavior-labels';
import {
  TEMPLATE_SECTIONS,
  type TNoteContent,
} from '../../../../../../../../server/services/notes/note-shape';
import { BEHAVIORS } from '../../../../../../../_lib/homework-labels';
import { OBSERVATION_LEVEL_LABELS } from '../../../../../../../_lib/observation-labels';
import { HomeworkReview } from './homework-review';
import type { THomeworkReview } from './note-types';

export function NoteView({
  template,
  content,
  review,
  timeZone,
}: {
  template: NoteTemplate;
  content: TNoteContent;
  review: THomeworkReview;
  timeZone: string;
}) {
  return (
    <>
      <section aria-labelledby="observations-heading" className="note-part">
        <h2 id="observations-heading">Nine-behavior observations</h2>
        <table className="observation-table">
          <thead>
            <tr>
              <th scope="col">Behavior</th>
              <th scope="col">Level</th>
              <th scope="col">Comment</th>
            </tr>
          </thead>
          <tbody>
            {BEHAVIORS.map((behavior) => {
              const { level, comment } = content.observations[behavior];
              return (
                <tr key={behavior}>
                  <th scope="row">{BEHAVIOR_LABELS[behavior].name}</th>
                  <td>{level ? OBSERVATION_LEVEL_LABELS[level] : 'Not rated'}</td>
                  <td className="note-text">{comment || '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="narrative-heading" className="note-part">
        <h2 id="narrative-heading">Session narrative</h2>
        {TEMPLATE_SECTIONS[template].map((section) => (
          <div key={section.key}>
            <h3>{section.title}</h3>
            <p className="note-text">
              {content.sections[section.key] || <span className="muted">Left empty.</span>}
            </p>
          </div>
        ))}
      </section>
      <HomeworkReview
        review={review}
        comments={Object.fromEntries(content.homeworkReview.map((r) => [r.assignmentId, r.comment]))}
        timeZone={timeZone}
      />
    </>
  );
}

// A note as written: read-only, for a signed note or for staff reading someone else's draft.

import { Card } from '@/app/_components/ui/card';
import { compactTable } from '@/app/_components/ui/compact-table';
import { BEHAVIORS } from '@/app/_lib/homework-labels';
import { OBSERVATION_LEVEL_LABELS } from '@/app/_lib/observation-labels';
import type { NoteTemplate } from '@/db/schema';
import { BEHAVIOR_LABELS } from '@/server/services/homework/behavior-labels';
import { TEMPLATE_SECTIONS, type TNoteContent } from '@/server/services/notes/note-shape';
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
      <Card aria-labelledby="observations-heading">
        <h2 id="observations-heading" className="m-0 mb-3">
          Nine-behavior observations
        </h2>
        <div className="overflow-x-auto">
          <table className={compactTable}>
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
                    <td className="whitespace-pre-wrap">{comment || '–'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Card>
      <Card aria-labelledby="narrative-heading">
        <h2 id="narrative-heading" className="m-0 mb-3">
          Session narrative
        </h2>
        <div className="space-y-4">
          {TEMPLATE_SECTIONS[template].map((section) => (
            <div key={section.key}>
              <h3 className="m-0 mb-1 text-base">{section.title}</h3>
              <p className="m-0 whitespace-pre-wrap">
                {content.sections[section.key] || <span className="text-muted">Left empty.</span>}
              </p>
            </div>
          ))}
        </div>
      </Card>
      <HomeworkReview
        review={review}
        comments={Object.fromEntries(content.homeworkReview.map((r) => [r.assignmentId, r.comment]))}
        timeZone={timeZone}
      />
    </>
  );
}

import { ClipboardList } from 'lucide-react';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { AssignHomeworkForm } from './assign-homework-form';
import { HomeworkCard } from './homework-card';
import { toPickerExercise } from './picker-exercise';

/** The couple's homework: what was given and how it went, and a form to give more. */
export async function HomeworkSection({
  practiceId,
  coupleId,
  canAssign,
  timeZone,
}: {
  practiceId: string;
  coupleId: string;
  canAssign: boolean;
  /** The practice's, on whose calendar each day is read. */
  timeZone: string;
}) {
  const api = await serverApi(practiceId);
  const [homework, exercises] = await loadOrRedirect(() =>
    Promise.all([
      api.homework.forCouple({ coupleId }),
      canAssign ? api.exercises.find({}) : Promise.resolve([]),
    ]),
  );
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <section aria-labelledby="homework-heading" className="min-w-0">
        <h2 id="homework-heading" className="mt-0 mb-3">
          Assigned
        </h2>
        {homework.items.length === 0 ? (
          <EmptyState icon={ClipboardList} title="No homework yet">
            {canAssign
              ? 'Choose the first exercises in “Assign homework”.'
              : 'Homework can only be assigned while the couple is active.'}
          </EmptyState>
        ) : (
          <ul className="m-0 grid list-none gap-4 p-0" aria-label="Assigned homework">
            {homework.items.map((item) => (
              <HomeworkCard key={item.id} item={item} partners={homework.partners} timeZone={timeZone} />
            ))}
          </ul>
        )}
        {homework.nextCursor ? (
          <p className="mt-3 text-sm text-muted">Showing the 50 latest by due date.</p>
        ) : null}
      </section>
      {canAssign ? (
        <AssignHomeworkForm
          coupleId={coupleId}
          partners={homework.partners}
          exercises={exercises.map(toPickerExercise)}
        />
      ) : (
        <p className="m-0 rounded-lg border border-dashed border-line bg-surface p-4 text-sm text-muted">
          Homework can only be assigned while the couple is active.
        </p>
      )}
    </div>
  );
}

import { loadOrRedirect, serverApi } from '../../../../../../_lib/server-api';
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
    <section aria-labelledby="homework-heading">
      <h2 id="homework-heading">Homework</h2>
      {homework.items.length === 0 ? (
        <p className="card">No homework yet. Assign the first exercises below.</p>
      ) : (
        <ul className="assigned-list" aria-label="Assigned homework">
          {homework.items.map((item) => (
            <HomeworkCard key={item.id} item={item} partners={homework.partners} timeZone={timeZone} />
          ))}
        </ul>
      )}
      {homework.nextCursor ? <p className="muted">Showing the 50 latest by due date.</p> : null}
      {canAssign ? (
        <AssignHomeworkForm
          coupleId={coupleId}
          partners={homework.partners}
          exercises={exercises.map(toPickerExercise)}
        />
      ) : (
        <p className="muted">Homework can only be assigned while the couple is active.</p>
      )}
    </section>
  );
}

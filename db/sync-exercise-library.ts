// The global exercise library ships with the code: after migrating, every database gets the
// library as written in db/exercise-library, updated in place by key. Assigned homework keeps
// its own snapshot, so an edit here never changes homework already given.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from './client';
import { ZExerciseContent } from './exercise-content';
import { EXERCISE_LIBRARY } from './exercise-library';
import { exercises } from './schema';

export async function syncExerciseLibrary(db: DbOrTx): Promise<void> {
  const rows = EXERCISE_LIBRARY.map(({ key, ...content }) => {
    const parsed = ZExerciseContent.parse(content);
    return { key, behavior: parsed.behavior, kind: parsed.kind, title: parsed.title, content: parsed };
  });
  await db
    .insert(exercises)
    .values(rows)
    .onConflictDoUpdate({
      target: exercises.key,
      set: {
        behavior: sql`excluded.behavior`,
        kind: sql`excluded.kind`,
        title: sql`excluded.title`,
        content: sql`excluded.content`,
        updatedAt: sql`case when ${exercises.content} = excluded.content then ${exercises.updatedAt} else now() end`,
      },
    });
}

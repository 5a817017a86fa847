// The stand-in's objects, kept as Stripe's JSON in dev_stripe_objects so they survive restarts and
// every process on the database (app, tests, a separate stand-in) sees the same state. Fields
// under `_local` are the stand-in's own notes and never leave it.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { devStripeObjects } from '../../../db/schema';
import { resourceMissing } from './errors';

export type StripeObject = { id: string; object: string; [key: string]: unknown };

export async function findObject(db: DbOrTx, id: string, object: string, options: { lock?: boolean } = {}) {
  const query = db
    .select({ data: devStripeObjects.data })
    .from(devStripeObjects)
    .where(and(eq(devStripeObjects.id, id), eq(devStripeObjects.object, object)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ? (row.data as StripeObject) : null;
}

/** The object, or Stripe's 404 `resource_missing` naming it as `kind` (e.g. 'customer'). */
export async function getObject(
  db: DbOrTx,
  id: string,
  object: string,
  options: { kind?: string; param?: string; lock?: boolean } = {},
): Promise<StripeObject> {
  const found = await findObject(db, id, object, options);
  if (!found) throw resourceMissing(options.kind ?? object, id, options.param);
  return found;
}

export async function saveObject(db: DbOrTx, data: StripeObject): Promise<StripeObject> {
  await db
    .insert(devStripeObjects)
    .values({ id: data.id, object: data.object, data })
    .onConflictDoUpdate({ target: devStripeObjects.id, set: { data } });
  return data;
}

/** Objects of one kind whose JSON fields equal the given values, newest first (ids sort by time). */
export async function listObjects(
  db: DbOrTx,
  object: string,
  filters: { path: string[]; value: string }[] = [],
): Promise<StripeObject[]> {
  const rows = await db
    .select({ data: devStripeObjects.data })
    .from(devStripeObjects)
    .where(
      and(
        eq(devStripeObjects.object, object),
        ...filters.map((f) => sql`${devStripeObjects.data} #>> ${`{${f.path.join(',')}}`} = ${f.value}`),
      ),
    )
    .orderBy(desc(devStripeObjects.id));
  return rows.map((row) => row.data as StripeObject);
}

/** What a client sees: the object without the stand-in's own notes. */
export function publicView(data: StripeObject): StripeObject {
  const { _local: _, ...rest } = data;
  return rest as StripeObject;
}

// The stand-in's objects, kept as Stripe's JSON in dev_stripe_objects so they survive restarts and
// every process on the database (app, tests, a separate stand-in) sees the same state. Fields
// under `_local` are the stand-in's own notes and never leave it.
//
// On the embedded database (PGlite: one connection, one process) a caller that holds a
// transaction while it calls "Stripe" would wait forever for a stand-in that needs that same
// connection. Real Stripe never waits on the app's database, so there the stand-in answers reads
// from a mirror in memory (see enableMemoryReads), complete because this process is the only writer.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '@/db/client';
import { devStripeObjects } from '@/db/schema';
import { resourceMissing } from './errors';

export type StripeObject = { id: string; object: string; [key: string]: unknown };

type Mirror = Map<string, StripeObject>;
const registry = globalThis as typeof globalThis & {
  __ninefoldLocalStripeMirrors?: WeakMap<object, Promise<Mirror>>;
  __ninefoldLocalStripeMirrorsReady?: WeakMap<object, Mirror>;
};
registry.__ninefoldLocalStripeMirrors ??= new WeakMap();
registry.__ninefoldLocalStripeMirrorsReady ??= new WeakMap();
const loading = registry.__ninefoldLocalStripeMirrors;
const mirrors = registry.__ninefoldLocalStripeMirrorsReady;
/** Writes of an open transaction, applied to the mirror once it commits. */
const pendingWrites = new WeakMap<object, StripeObject[]>();

/** Loads every object once; from then on reads through `db` itself never touch the database. */
export async function enableMemoryReads(db: Db): Promise<void> {
  let load = loading.get(db);
  if (!load) {
    load = db
      .select({ data: devStripeObjects.data })
      .from(devStripeObjects)
      .then((rows) => new Map(rows.map((row) => [(row.data as StripeObject).id, row.data as StripeObject])));
    loading.set(db, load);
    load.catch(() => loading.delete(db));
  }
  mirrors.set(db, await load);
}

export async function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  const writes: StripeObject[] = [];
  const result = await db.transaction(async (tx) => {
    pendingWrites.set(tx, writes);
    return work(tx);
  });
  const mirror = mirrors.get(db);
  for (const written of writes) mirror?.set(written.id, structuredClone(written));
  return result;
}

export async function findObject(db: DbOrTx, id: string, object: string, options: { lock?: boolean } = {}) {
  const mirror = options.lock ? undefined : mirrors.get(db);
  if (mirror) {
    const found = mirror.get(id);
    return found?.object === object ? structuredClone(found) : null;
  }
  const query = db
    .select({ data: devStripeObjects.data })
    .from(devStripeObjects)
    .where(and(eq(devStripeObjects.id, id), eq(devStripeObjects.object, object)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ? (row.data as StripeObject) : null;
}

/** Any object by id, whatever its kind (for `expand[]`). */
export async function findAnyObject(db: DbOrTx, id: string): Promise<StripeObject | null> {
  const mirror = mirrors.get(db);
  if (mirror) {
    const found = mirror.get(id);
    return found ? structuredClone(found) : null;
  }
  const [row] = await db
    .select({ data: devStripeObjects.data })
    .from(devStripeObjects)
    .where(eq(devStripeObjects.id, id));
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

export async function saveObject<T extends StripeObject>(db: DbOrTx, data: T): Promise<T> {
  await db
    .insert(devStripeObjects)
    .values({ id: data.id, object: data.object, data })
    .onConflictDoUpdate({ target: devStripeObjects.id, set: { data } });
  const pending = pendingWrites.get(db);
  if (pending) pending.push(data);
  else mirrors.get(db)?.set(data.id, structuredClone(data));
  return data;
}

type Filter = { path: string[]; value: string };

/** Objects of one kind whose JSON fields equal the given values, newest first (ids sort by time). */
export async function listObjects(
  db: DbOrTx,
  object: string,
  filters: Filter[] = [],
): Promise<StripeObject[]> {
  const mirror = mirrors.get(db);
  if (mirror)
    return [...mirror.values()]
      .filter((o) => o.object === object && filters.every((f) => textAt(o, f.path) === f.value))
      .sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
      .map((o) => structuredClone(o));
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

/** As Postgres's `#>>` reads it: the value at the path as text, or null. */
function textAt(object: StripeObject, path: string[]): string | null {
  let node: unknown = object;
  for (const key of path)
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  if (node === undefined || node === null) return null;
  return typeof node === 'object' ? JSON.stringify(node) : String(node);
}

/** What a client sees: the object without the stand-in's own notes. */
export function publicView(data: StripeObject): StripeObject {
  const { _local: _, ...rest } = data;
  return rest as StripeObject;
}

// The tenancy wall, read from the catalog: every table with practice_id has forced RLS, a policy,
// a tenant-leading primary key and only composite tenant foreign keys; the app role is powerless
// outside its grants; and acting as one practice shows and writes that practice's rows only.
// Generic over the catalog, so a new tenant table is checked without editing this file.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle, Tx } from '../db/client';
import { APP_ROLE, withTenant } from '../db/tenant';
import { APP_ROLE_FUNCTIONS } from './app-role-functions';
import { makePractice, type TestPractice } from './factories';
import { recordPracticeActivity } from './practice-activity';
import { expectSqlError, queryRows, sqlState } from './sql';
import { createTestDb } from './test-db';

type TableInfo = {
  name: string;
  rls: boolean;
  forced: boolean;
  policies: number;
  pkHasPracticeId: boolean;
  appCanInsert: boolean;
  appCanUpdate: boolean;
  appCanDelete: boolean;
};

let t: DbHandle;
let a: TestPractice;
let b: TestPractice;
let tenantTables: TableInfo[];

const table = (name: string) => sql.identifier(name);

/** Tables that hold no practice's data (the exercise library): readable by all, writable by none. */
const SHARED_REFERENCE_TABLES = ['exercises'];

/** SQLSTATE of a trigger refusing to change a row that is final (a signed session note). */
const FINAL_ROW = '55000';

/** Tables whose rows only their author reads (process notes): not even the practice's owner. */
const AUTHOR_ONLY_TABLES = ['process_notes'];

/** Runs as the app role with no tenant settings at all, as a fresh connection would. */
function asAppRoleWithoutTenant<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return t.db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('role', ${APP_ROLE}, true)`);
    return work(tx);
  });
}

const asOwnerOfA = <T>(work: (tx: Tx) => Promise<T>) =>
  withTenant(t.db, { practiceId: a.practice.id, userId: a.owner.user.id }, work);
/** Practice A's counselor wrote its author-only rows (test/practice-activity.ts). */
const asCounselorOfA = <T>(work: (tx: Tx) => Promise<T>) =>
  withTenant(t.db, { practiceId: a.practice.id, userId: a.counselor.user.id }, work);

beforeAll(async () => {
  t = await createTestDb();
  a = await makePractice(t.db, 'Practice A');
  b = await makePractice(t.db, 'Practice B');
  for (const p of [a, b]) await recordPracticeActivity(t.db, p);
  tenantTables = await queryRows<TableInfo>(
    t.db,
    sql`
      select c.relname as name, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
        (select count(*) from pg_policy p where p.polrelid = c.oid)::int as policies,
        exists (select 1 from pg_constraint k where k.conrelid = c.oid and k.contype = 'p'
          and pa.attnum = any (k.conkey)) as "pkHasPracticeId",
        has_table_privilege(${APP_ROLE}, c.oid, 'INSERT') as "appCanInsert",
        has_table_privilege(${APP_ROLE}, c.oid, 'UPDATE') as "appCanUpdate",
        has_table_privilege(${APP_ROLE}, c.oid, 'DELETE') as "appCanDelete"
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute pa on pa.attrelid = c.oid and pa.attname = 'practice_id' and not pa.attisdropped
      where n.nspname = 'public' and c.relkind in ('r', 'p')
      order by c.relname`,
  );
});
afterAll(() => t?.close());

describe('the catalog', () => {
  it('finds the tenant tables', () => {
    expect(tenantTables.map((x) => x.name)).toEqual(
      expect.arrayContaining(['audit_events', 'couples', 'invitations', 'memberships', 'partners']),
    );
  });

  it('forces row-level security with at least one policy on every table with practice_id', () => {
    const weak = tenantTables.filter((x) => !x.rls || !x.forced || x.policies < 1);
    expect(weak.map((x) => x.name)).toEqual([]);
  });

  it('leads every tenant primary key with practice_id', () => {
    expect(tenantTables.filter((x) => !x.pkHasPracticeId).map((x) => x.name)).toEqual([]);
  });

  it('has no foreign key into a tenant table that skips practice_id', async () => {
    const fks = await queryRows<{ name: string; columns: string[]; refColumns: string[] }>(
      t.db,
      sql`
        select con.conname as name,
          array(select a.attname::text from unnest(con.conkey) with ordinality k(attnum, i)
            join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum order by k.i) as columns,
          array(select a.attname::text from unnest(con.confkey) with ordinality k(attnum, i)
            join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum order by k.i) as "refColumns"
        from pg_constraint con
        join pg_namespace n on n.oid = con.connamespace
        where con.contype = 'f' and n.nspname = 'public'
          and exists (select 1 from pg_attribute a
            where a.attrelid = con.confrelid and a.attname = 'practice_id' and not a.attisdropped)`,
    );
    expect(fks.length).toBeGreaterThan(0);
    const loose = fks.filter((fk) => {
      const at = fk.columns.indexOf('practice_id');
      return fk.columns.length < 2 || at < 0 || fk.refColumns[at] !== 'practice_id';
    });
    expect(loose.map((fk) => `${fk.name} (${fk.columns}) -> (${fk.refColumns})`)).toEqual([]);
  });

  it('forces row-level security on every table the app role can read or change', async () => {
    const open = await queryRows<{ name: string }>(
      t.db,
      sql`
        select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm')
          and (has_table_privilege(${APP_ROLE}, c.oid, 'SELECT')
            or has_table_privilege(${APP_ROLE}, c.oid, 'UPDATE')
            or has_table_privilege(${APP_ROLE}, c.oid, 'DELETE'))
          and not (c.relrowsecurity and c.relforcerowsecurity)`,
    );
    expect(open).toEqual([]);
  });
});

describe('the app role', () => {
  it('is not a superuser, cannot bypass RLS, owns nothing and cannot create tables', async () => {
    const [role] = await queryRows<{ super: boolean; bypass: boolean; owned: number; create: boolean }>(
      t.db,
      sql`
        select r.rolsuper as super, r.rolbypassrls as bypass,
          (select count(*) from pg_class c where c.relowner = r.oid)::int as owned,
          has_schema_privilege(r.oid, 'public', 'CREATE') as create
        from pg_roles r where r.rolname = ${APP_ROLE}`,
    );
    expect(role).toEqual({ super: false, bypass: false, owned: 0, create: false });
  });

  it.each(['update audit_events set action = action', 'delete from audit_events', 'truncate audit_events'])(
    'cannot rewrite the audit log: %s',
    async (statement) => {
      const refused = await expectSqlError(asOwnerOfA((tx) => tx.execute(sql.raw(statement))));
      expect(refused.code).toBe('42501');
    },
  );
});

describe('acting as a tenant', () => {
  it('has rows of both practices in every tenant table, so the checks below are not vacuous', async () => {
    for (const { name } of tenantTables) {
      const rows = await queryRows<{ practiceId: string }>(
        t.db,
        sql`select distinct practice_id as "practiceId" from ${table(name)}`,
      );
      expect(rows.map((r) => r.practiceId).sort(), `seed rows into ${name}`).toEqual(
        [a.practice.id, b.practice.id].sort(),
      );
    }
  });

  it('keeps shared reference tables free of practice data and closed to app writes', async () => {
    for (const name of SHARED_REFERENCE_TABLES) {
      const [info] = await queryRows<{ practiceColumn: boolean; write: boolean }>(
        t.db,
        sql`select exists (select 1 from information_schema.columns
              where table_schema = 'public' and table_name = ${name} and column_name = 'practice_id') as "practiceColumn",
            (has_table_privilege(${APP_ROLE}, ${name}, 'INSERT') or has_table_privilege(${APP_ROLE}, ${name}, 'UPDATE')
              or has_table_privilege(${APP_ROLE}, ${name}, 'DELETE')) as write`,
      );
      expect(info, name).toEqual({ practiceColumn: false, write: false });
    }
  });

  it('sees no rows of any readable table with no practice set', async () => {
    const readable = await queryRows<{ name: string }>(
      t.db,
      sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' and has_table_privilege(${APP_ROLE}, c.oid, 'SELECT')`,
    );
    expect(readable.map((x) => x.name)).toEqual(expect.arrayContaining(tenantTables.map((x) => x.name)));
    const count = (tx: Tx, name: string) =>
      queryRows<{ n: number }>(tx, sql`select count(*)::int as n from ${table(name)}`).then((r) => r[0]?.n);
    for (const { name } of readable.filter((x) => !SHARED_REFERENCE_TABLES.includes(x.name))) {
      // Never set (a fresh connection), and set to '' (what a connection keeps after a tenant transaction).
      expect(await asAppRoleWithoutTenant((tx) => count(tx, name)), name).toBe(0);
      expect(await withTenant(t.db, { practiceId: '', userId: '' }, (tx) => count(tx, name)), name).toBe(0);
    }
  });

  it.each(['owner', 'client'] as const)(
    'as a practice A %s, sees only practice A rows in every tenant table',
    async (who) => {
      const userId = who === 'owner' ? a.owner.user.id : a.couple.partners[0].user.id;
      for (const { name } of tenantTables) {
        const seen = await withTenant(t.db, { practiceId: a.practice.id, userId }, (tx) =>
          queryRows<{ practiceId: string }>(
            tx,
            sql`select distinct practice_id as "practiceId" from ${table(name)}`,
          ),
        );
        // A client may see nothing of a table (audit events, invitations); staff see their practice's
        // rows, except rows only their author reads, which the owner (not their author) never sees.
        const authorOnly = AUTHOR_ONLY_TABLES.includes(name);
        const expected = (who === 'owner' && !authorOnly) || seen.length ? [a.practice.id] : [];
        if (who === 'owner' && authorOnly) expect(seen, `${name} shown to the owner`).toEqual([]);
        expect(
          seen.map((r) => r.practiceId),
          name,
        ).toEqual(expected);
      }
    },
  );

  it('as the author of practice A’s author-only rows, sees only practice A rows there', async () => {
    expect(tenantTables.map((x) => x.name)).toEqual(expect.arrayContaining(AUTHOR_ONLY_TABLES));
    for (const name of AUTHOR_ONLY_TABLES) {
      const seen = await asCounselorOfA((tx) =>
        queryRows<{ practiceId: string }>(
          tx,
          sql`select distinct practice_id as "practiceId" from ${table(name)}`,
        ),
      );
      expect(
        seen.map((r) => r.practiceId),
        name,
      ).toEqual([a.practice.id]);
    }
  });

  it('refuses to insert a row carrying practice B’s id while acting as practice A', async () => {
    for (const { name, appCanInsert } of tenantTables) {
      const [source] = await queryRows<{ row: Record<string, unknown> }>(
        t.db,
        sql`select row_to_json(x) as row from ${table(name)} x where practice_id = ${b.practice.id} limit 1`,
      );
      const copy = { ...source?.row, ...('id' in (source?.row ?? {}) ? { id: randomUUID() } : {}) };
      // Generated columns (measure_responses.practice_measure_id) take no value of their own.
      const [stored] = await queryRows<{ list: string }>(
        t.db,
        sql`select string_agg(quote_ident(attname), ', ' order by attnum) as list from pg_attribute
          where attrelid = ${name}::regclass and attnum > 0 and not attisdropped and attgenerated = ''`,
      );
      const columns = sql.raw(stored?.list ?? '*');
      const refused = await expectSqlError(
        asOwnerOfA((tx) =>
          tx.execute(
            sql`insert into ${table(name)} (${columns}) select ${columns} from json_populate_record(null::${table(name)}, ${JSON.stringify(copy)}::json)`,
          ),
        ),
      );
      expect(refused.code, name).toBe('42501');
      if (appCanInsert) expect(refused.message, name).toMatch(/row-level security/);
    }
  });

  it('cannot move practice A rows into practice B, as staff (owner or author) or as a client', async () => {
    const asClientOfA = <T>(work: (tx: Tx) => Promise<T>) =>
      withTenant(t.db, { practiceId: a.practice.id, userId: a.couple.partners[0].user.id }, work);
    for (const { name } of tenantTables) {
      const outcomes: string[] = [];
      for (const actAs of [asOwnerOfA, asCounselorOfA, asClientOfA]) {
        const move = actAs((tx) =>
          queryRows(
            tx,
            sql`update ${table(name)} set practice_id = ${b.practice.id} where practice_id = ${a.practice.id} returning 1`,
          ),
        );
        // Refused outright (by RLS, or as a row that is final: a signed note), or no row this actor
        // may update at all: either way nothing moves.
        outcomes.push(
          await move.then(
            (rows) => (rows.length ? 'moved' : 'nothing'),
            (e) => sqlState(e) ?? 'error',
          ),
        );
      }
      const refused = (o: string) => o === '42501' || o === FINAL_ROW;
      expect(
        outcomes.every((o) => refused(o) || o === 'nothing'),
        `${name}: ${outcomes}`,
      ).toBe(true);
      expect(outcomes.some(refused), `${name} refuses someone who could otherwise write it`).toBe(true);
    }
  });

  it('touches no practice B rows when updating or deleting as practice A', async () => {
    const writable = tenantTables.filter((x) => x.appCanUpdate);
    expect(writable.length).toBeGreaterThan(0);
    for (const { name, appCanDelete } of writable) {
      const touched = await asOwnerOfA(async (tx) => [
        ...(await queryRows(
          tx,
          sql`update ${table(name)} set practice_id = practice_id where practice_id = ${b.practice.id} returning 1`,
        )),
        ...(appCanDelete
          ? await queryRows(
              tx,
              sql`delete from ${table(name)} where practice_id = ${b.practice.id} returning 1`,
            )
          : []),
      ]);
      expect(touched, name).toEqual([]);
    }
  });
});

describe('functions the app role may execute', () => {
  /** Every function outside the system schemas and extensions that the app role can call. */
  const executable = () =>
    queryRows<{ signature: string; definer: boolean }>(
      t.db,
      sql`
        select p.oid::regprocedure::text as signature, p.prosecdef as definer
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_%'
          and has_schema_privilege(${APP_ROLE}, n.oid, 'USAGE')
          and has_function_privilege(${APP_ROLE}, p.oid, 'EXECUTE')
          and not exists (select 1 from pg_depend d
            where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
        order by 1`,
    );

  it('has an isolation test for each, in test/app-role-functions.ts', async () => {
    const functions = await executable();
    expect(functions.filter((f) => f.definer).length).toBeGreaterThan(5);
    const untested = functions.map((f) => f.signature).filter((s) => !(s in APP_ROLE_FUNCTIONS));
    expect(
      untested,
      `granted to ${APP_ROLE} without an isolation test in test/app-role-functions.ts: ${untested.join(', ')}`,
    ).toEqual([]);
    const stale = Object.keys(APP_ROLE_FUNCTIONS).filter((s) => !functions.some((f) => f.signature === s));
    expect(stale, 'listed in test/app-role-functions.ts but not executable by the app role').toEqual([]);
  });

  it.each(Object.keys(APP_ROLE_FUNCTIONS))(
    '%s, called as practice A with practice B’s ids, reads and changes nothing of B',
    async (signature) => {
      await APP_ROLE_FUNCTIONS[signature]?.({ db: t.db, a, b });
    },
  );
});

// Thousands of interleaved requests from three practices through a two-connection pool, some of
// them failing half-way through their tenant transaction: every answer carries its own practice's
// data only, and no connection keeps a tenant's settings afterwards. The point is real Postgres;
// on PGlite (one connection) the same run still checks the answers.
import { randomUUID } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DbHandle } from '../db/client';
import { couples } from '../db/schema';
import { APP_ROLE } from '../db/tenant';
import { callerFor, makePractice, type TestPractice } from './factories';
import { describeOutcome, outcomeOf } from './procedures';
import { queryRows } from './sql';
import { leaksIn, type Markers, markersOf, tenantTableNames } from './tenant-data';
import { createTestDb } from './test-db';

const POOL_SIZE = 2;
const REQUESTS = 3000;
const BATCH = 50;
/** Every this many requests one is a write, so commits interleave with the reads. Not a multiple
 * of three, so every practice writes (and words such as 'couple' are no one practice's marker). */
const WRITE_EVERY = 100;

/** What a request must end as: success (and pass `check`), or this tRPC code. */
type Expected = { ok: true; check?: (output: never) => boolean } | { ok: false; code: string };
type Request = { label: string; run: () => Promise<unknown>; expected: Expected };

let t: DbHandle;
let practices: TestPractice[];
const answers: { practice: TestPractice; label: string; output: unknown }[] = [];
const created: { practiceId: string; coupleId: string }[] = [];

beforeAll(async () => {
  t = await createTestDb({ poolSize: POOL_SIZE });
  practices = [await makePractice(t.db), await makePractice(t.db), await makePractice(t.db)];
});
afterAll(() => t?.close());

function requestsOf(p: TestPractice, neighbour: TestPractice): Request[] {
  const as = (userId: string, kind: 'staff' | 'client' = 'staff') =>
    callerFor(t.db, userId, p.practice.id, kind);
  const owner = as(p.owner.user.id);
  const counselor = as(p.counselor.user.id);
  return [
    {
      label: 'owner reads the practice',
      run: () => owner.practice.current(),
      expected: { ok: true, check: (o: { id: string }) => o.id === p.practice.id },
    },
    {
      label: 'owner lists every couple',
      run: () => owner.dashboard.caseload({ counselor: 'all' }),
      expected: { ok: true },
    },
    {
      label: 'counselor lists their caseload',
      run: () => counselor.dashboard.caseload({}),
      expected: { ok: true },
    },
    {
      label: 'counselor opens their couple',
      run: () => counselor.couples.get({ coupleId: p.couple.couple.id }),
      expected: { ok: true, check: (o: { id: string }) => o.id === p.couple.couple.id },
    },
    {
      label: 'client opens the portal',
      run: () => as(p.couple.partners[0].user.id, 'client').portal.home(),
      expected: {
        ok: true,
        check: (o: { coupleId: string; practiceName: string }) =>
          o.coupleId === p.couple.couple.id && o.practiceName === p.practice.name,
      },
    },
    { label: 'admin lists the team', run: () => as(p.admin.user.id).team.find(), expected: { ok: true } },
    { label: 'owner reads the audit log', run: () => owner.audit.find({}), expected: { ok: true } },
    // The failures below are thrown inside the tenant transaction, after its settings were made.
    {
      label: 'owner opens a couple that does not exist',
      run: () => owner.couples.get({ coupleId: randomUUID() }),
      expected: { ok: false, code: 'NOT_FOUND' },
    },
    {
      label: 'owner opens a neighbour’s couple',
      run: () => owner.couples.get({ coupleId: neighbour.couple.couple.id }),
      expected: { ok: false, code: 'NOT_FOUND' },
    },
    {
      label: 'counselor asks for every couple',
      run: () => counselor.dashboard.caseload({ counselor: 'all' }),
      expected: { ok: false, code: 'FORBIDDEN' },
    },
    {
      label: 'counselor adds an existing client again',
      run: () =>
        counselor.couples.create({
          partners: [
            { displayName: 'Again', email: p.couple.partners[0].user.email },
            { displayName: 'New', email: `new.${randomUUID()}@example.test` },
          ],
        }),
      expected: { ok: false, code: 'CONFLICT' },
    },
  ];
}

function addCouple(p: TestPractice): Request {
  const tag = randomUUID();
  return {
    label: 'counselor adds a couple',
    run: async () => {
      const output = await callerFor(t.db, p.counselor.user.id, p.practice.id).couples.create({
        partners: [
          { displayName: `Robin ${tag}`, email: `robin.${tag}@example.test` },
          { displayName: `Jordan ${tag}`, email: `jordan.${tag}@example.test` },
        ],
      });
      created.push({ practiceId: p.practice.id, coupleId: output.coupleId });
      return output;
    },
    expected: { ok: true },
  };
}

/** Request i comes from practice i mod 3, so neighbours in a batch always belong to different practices. */
function interleaved(): { practice: TestPractice; request: Request }[] {
  const kinds = practices.map((p, i) => requestsOf(p, practices[(i + 1) % practices.length]!));
  return Array.from({ length: REQUESTS }, (_, i) => {
    const at = i % practices.length;
    const practice = practices[at]!;
    const own = kinds[at]!;
    const request =
      i % WRITE_EVERY === 0 ? addCouple(practice) : own[Math.floor(i / practices.length) % own.length]!;
    return { practice, request };
  });
}

it(`answers ${REQUESTS} interleaved requests from three practices, each as expected`, async () => {
  const wrong: string[] = [];
  const all = interleaved();
  for (let start = 0; start < all.length; start += BATCH) {
    await Promise.all(
      all.slice(start, start + BATCH).map(async ({ practice, request }) => {
        const outcome = await outcomeOf(request.run());
        const { expected } = request;
        const fine = expected.ok
          ? outcome.ok && (!expected.check || expected.check(outcome.output as never))
          : !outcome.ok && outcome.code === expected.code;
        if (!fine) wrong.push(`${request.label} -> ${describeOutcome(outcome)}`);
        if (outcome.ok) answers.push({ practice, label: request.label, output: outcome.output });
      }),
    );
  }
  expect(wrong.slice(0, 10)).toEqual([]);
  expect(answers.length).toBeGreaterThan(REQUESTS / 2);
}, 120_000);

it('put nothing of another practice in any answer', async () => {
  // Read after the run, so the markers include the couples added during it.
  const markers = new Map<string, Markers>();
  for (const p of practices) {
    const others = practices.filter((o) => o !== p).map((o) => o.practice.id);
    markers.set(p.practice.id, await markersOf(t.db, p.practice.id, others));
  }
  const leaks: string[] = [];
  for (const { practice, label, output } of answers) {
    for (const other of practices.filter((o) => o !== practice)) {
      const found = leaksIn(output, markers.get(other.practice.id)!);
      if (found.length) leaks.push(`${label} in ${practice.practice.name}: ${found.join(', ')}`);
    }
  }
  expect(leaks.slice(0, 10)).toEqual([]);
});

it('stored every couple added during the run in the practice that added it', async () => {
  expect(created.length).toBe(Math.ceil(REQUESTS / WRITE_EVERY));
  expect(new Set(created.map((c) => c.practiceId)).size).toBe(practices.length);
  const stored = await t.db
    .select({ id: couples.id, practiceId: couples.practiceId })
    .from(couples)
    .where(
      inArray(
        couples.id,
        created.map((c) => c.coupleId),
      ),
    );
  const practiceOf = new Map(stored.map((c) => [c.id, c.practiceId]));
  expect(created.filter((c) => practiceOf.get(c.coupleId) !== c.practiceId)).toEqual([]);
});

it('leaves no connection of the pool with a tenant’s settings or role', async () => {
  // Transactions held open together take different connections of the pool.
  const seen = await Promise.all(
    Array.from({ length: POOL_SIZE }, () =>
      t.db.transaction(async (tx) => {
        const [row] = await queryRows<{
          pid: number;
          role: string;
          practiceId: string | null;
          userId: string | null;
        }>(
          tx,
          sql`select pg_backend_pid() as pid, current_user as role,
            current_setting('app.practice_id', true) as "practiceId",
            current_setting('app.user_id', true) as "userId", pg_sleep(0.2)`,
        );
        return row!;
      }),
    ),
  );
  if (t.driver === 'postgres') expect(new Set(seen.map((s) => s.pid)).size).toBe(POOL_SIZE);
  for (const s of seen) {
    expect(s.role).not.toBe(APP_ROLE);
    expect([null, '']).toContain(s.practiceId);
    expect([null, '']).toContain(s.userId);
  }
});

it('shows the app role no rows of any tenant table with no tenant set, on every connection', async () => {
  const tables = await tenantTableNames(t.db);
  const counts = await Promise.all(
    Array.from({ length: POOL_SIZE }, () =>
      t.db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('role', ${APP_ROLE}, true), pg_sleep(0.2)`);
        const rows: Record<string, number> = {};
        for (const name of tables) {
          const [row] = await queryRows<{ n: number }>(
            tx,
            sql`select count(*)::int as n from ${sql.identifier(name)}`,
          );
          rows[name] = row!.n;
        }
        return rows;
      }),
    ),
  );
  for (const rows of counts)
    expect(
      Object.values(rows).every((n) => n === 0),
      JSON.stringify(rows),
    ).toBe(true);
  expect(tables).toEqual(expect.arrayContaining(['couples', 'partners', 'memberships']));
});

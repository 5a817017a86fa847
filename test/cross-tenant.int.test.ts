// No member of practice A reaches practice B through any practice-scoped procedure: not by naming
// B as the practice, and not by passing B's ids in A. Procedures and inputs come from the router
// and its zod schemas, so a new procedure is covered without editing this file.
//
// A call with B's id must be answered exactly as the same call with an id that exists nowhere,
// successes included: any difference (a count, a flag, another error) tells A that B's row exists.
// Each uuid field gets B's ids of its own table (test/id-fields.ts), the other fields A's own valid
// ids, so the foreign id is the only thing wrong with the input. Every call must leave all of B's
// rows as they were, and no answer may carry B's ids, words, timestamps or numbers.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/client';
import { exercises, type MembershipRole, type SessionKind } from '../db/schema';
import { can } from '../server/authz/permissions';
import { callerFor, makePractice, type TestPractice } from './factories';
import { tableOfIdField } from './id-fields';
import { exampleInput, uuidPaths } from './input-from-zod';
import { recordPracticeActivity } from './practice-activity';
import { callByPath, describeOutcome, type Outcome, outcomeOf, practiceProcedures } from './procedures';
import { idsByTable, leaksIn, type Markers, markersOf, snapshotOf } from './tenant-data';
import { createTestDb } from './test-db';

const procedures = practiceProcedures();
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

let t: DbHandle;
let a: TestPractice;
let b: TestPractice;
let bMarkers: Markers;
let bIds: Record<string, string[]>;
let aIds: Record<string, string[]>;
/** Every id that existed in A (and the shared exercise library) before the calls began. */
let known: Set<string>;
let activityOfA: Awaited<ReturnType<typeof recordPracticeActivity>>;

const members: { who: MembershipRole; kind: SessionKind; userId: (p: TestPractice) => string }[] = [
  { who: 'owner', kind: 'staff', userId: (p) => p.owner.user.id },
  { who: 'admin', kind: 'staff', userId: (p) => p.admin.user.id },
  { who: 'counselor', kind: 'staff', userId: (p) => p.counselor.user.id },
  { who: 'client', kind: 'client', userId: (p) => p.couple.partners[0].user.id },
];

beforeAll(async () => {
  t = await createTestDb();
  a = await makePractice(t.db);
  b = await makePractice(t.db);
  activityOfA = await recordPracticeActivity(t.db, a);
  // B's numbers differ from A's, so a number of B in A's answer is recognised as B's.
  await recordPracticeActivity(t.db, b, { seats: 37, durationMinutes: 73, estimatedMinutes: 233 });
  bMarkers = await markersOf(t.db, b.practice.id, [a.practice.id]);
  bIds = await idsByTable(t.db, b.practice.id);
  aIds = await idsByTable(t.db, a.practice.id);
  const library = await t.db.select({ id: exercises.id }).from(exercises);
  known = new Set([...Object.values(aIds).flat(), ...library.map((e) => e.id)]);
}, 240_000);
afterAll(() => t?.close());

/** A's own id for a field: the couple on the counselor's caseload whose partner is the client, and its rows. */
function ownId(procedure: string, path: string): string {
  const field = path.split('.').at(-1);
  if (field === 'fromMembershipId' || field === 'counselorId' || field === 'counselor')
    return a.counselor.membership.id;
  if (field === 'toMembershipId' || field === 'membershipId') return a.otherCounselor.membership.id;
  const table = tableOfIdField(procedure, path);
  const preferred: Record<string, string | undefined> = {
    couples: a.couple.couple.id,
    partners: a.couple.partners[1].partner.id,
    users: a.owner.user.id,
    counseling_sessions: activityOfA.sessionId,
    assignments: activityOfA.assignmentIds[0],
    practice_exercises: activityOfA.exerciseId,
  };
  return (table && (preferred[table] ?? aIds[table]?.[0])) || a.couple.couple.id;
}

/**
 * What may differ between the call with B's id and the call with an id of nothing, and nothing else:
 * - the probed id itself, echoed back (in an output or an error message), is the input, not data;
 * - ids that did not exist in A before the calls are rows the call itself created (a mutation that
 *   succeeds both times creates one row each time); B's ids never get here, leaksIn runs first;
 * - timestamps from the start of the pair of calls on were written or computed by the call itself
 *   (a new row's created_at, an answer's generatedAt); B's own were all written before.
 * Errors are compared by code and message; anything else must be equal, value for value.
 */
function normalised(outcome: Outcome, probe: string, since: Date): unknown {
  const scrub = (value: unknown): unknown => {
    if (typeof value === 'string') {
      if (TIMESTAMP.test(value) && Date.parse(value) >= since.getTime()) return '<written by the call>';
      return value.replace(UUID, (id) =>
        id.toLowerCase() === probe.toLowerCase()
          ? '<probed id>'
          : known.has(id.toLowerCase())
            ? id
            : '<new id>',
      );
    }
    if (value instanceof Date) return value.getTime() >= since.getTime() ? '<written by the call>' : value;
    if (Array.isArray(value)) return value.map(scrub);
    if (value && typeof value === 'object' && !(value instanceof Uint8Array))
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [scrub(k), scrub(v)]));
    return value;
  };
  return outcome.ok
    ? { ok: scrub(outcome.output) }
    : { code: outcome.code, message: scrub(outcome.error instanceof Error ? outcome.error.message : '') };
}

/** An id of nothing that sorts right beside `id`. */
function besideOf(id: string): string {
  const last = id.at(-1) === '0' ? '1' : '0';
  return `${id.slice(0, -1)}${last}`;
}

it('finds every practice-scoped procedure in the router', () => {
  const paths = procedures.map((p) => p.path);
  expect(paths).toEqual(
    expect.arrayContaining(['couples.get', 'dashboard.caseload', 'couples.create', 'practice.current']),
  );
});

it('knows practice B by its ids, names, emails, timestamps and numbers, and its ids by table', () => {
  expect(bMarkers.ids).toEqual(expect.arrayContaining([b.practice.id, b.couple.couple.id, b.owner.user.id]));
  expect(bMarkers.words).toEqual(
    expect.arrayContaining([b.practice.name, b.owner.user.email, b.couple.partners[0].partner.displayName]),
  );
  expect(bMarkers.timestamps).toContain(b.practice.createdAt.toISOString());
  expect(bMarkers.numbers).toEqual(expect.arrayContaining([37, 73, 233]));
  for (const table of ['couples', 'memberships', 'assignments', 'counseling_sessions', 'session_notes'])
    expect(bIds[table]?.length, table).toBeGreaterThan(0);
});

describe.each(members)('as a practice A $who', ({ who, kind, userId }) => {
  const callAs = (practiceHint: string, path: string, input: unknown) =>
    outcomeOf(callByPath(callerFor(t.db, userId(a), practiceHint, kind), path, input));

  it.each(procedures)('$path refuses practice B as the practice', async ({ path, input }) => {
    const example = input && exampleInput(input);
    for (const hint of [b.practice.id, b.practice.id.toUpperCase()]) {
      const outcome = await callAs(hint, path, example);
      expect(describeOutcome(outcome)).toMatch(/^FORBIDDEN/);
    }
  });

  it.each(procedures)(
    '$path answers B’s ids as ids of nothing, shows nothing of B and changes nothing of B',
    async ({ path, type, input, permission }) => {
      if (!can(who, permission)) {
        // Refused before the input is read (test/role-matrix.int.test.ts); one call shows it.
        const outcome = await callAs(
          a.practice.id,
          path,
          input && exampleInput(input, { uuid: b.couple.couple.id }),
        );
        expect(describeOutcome(outcome)).toMatch(/^FORBIDDEN/);
        return;
      }
      const before = await snapshotOf(t.db, b.practice.id);
      const call = async (value: unknown, seen: string, probe?: string) => {
        const outcome = await callAs(a.practice.id, path, value);
        // The probed id is the input: echoed back it tells nothing (the comparison below sees the rest).
        const leaks = leaksIn(outcome.ok ? outcome.output : outcome.error, bMarkers);
        expect(
          leaks.filter((m) => m !== probe?.toLowerCase()),
          seen,
        ).toEqual([]);
        if (type === 'mutation')
          expect(await snapshotOf(t.db, b.practice.id), `B's rows after ${seen}`).toEqual(before);
        return outcome;
      };
      const fields = input ? uuidPaths(input) : [];
      if (!fields.length) await call(input && exampleInput(input, { withOptional: true }), path);
      for (const field of fields) {
        const table = tableOfIdField(path, field);
        const foreign = (table && bIds[table]) || bMarkers.ids;
        const inputWith = (probe: string) =>
          input &&
          exampleInput(input, {
            withOptional: true,
            uuidAt: (at) => (at === field ? probe : ownId(path, at)),
          });
        // A cursor's id is compared, not looked up (keyset paging): the page depends on where the id
        // sorts, so its id of nothing is B's id with its last digit changed, which sorts beside it.
        const isCursor = /(^|\.)cursor\./.test(field);
        const since = new Date();
        const nowhere = randomUUID();
        const control = isCursor
          ? undefined
          : await call(inputWith(nowhere), `${path}(${field}: an id of nothing)`);
        for (const id of foreign) {
          const seen = `${path}(${field}: B's ${table ?? 'id'} ${id})`;
          const outcome = await call(inputWith(id), seen, id);
          const beside = isCursor ? besideOf(id) : nowhere;
          const expected =
            control ?? (await call(inputWith(beside), `${path}(${field}: ${beside}, an id of nothing)`));
          expect(
            normalised(outcome, id, since),
            `${seen} -> ${describeOutcome(outcome)}, but an id of nothing -> ${describeOutcome(expected)}`,
          ).toEqual(normalised(expected, beside, since));
        }
      }
      expect(await snapshotOf(t.db, b.practice.id), `B's rows after ${path}`).toEqual(before);
    },
  );
});

// No member of practice A reaches practice B through any practice-scoped procedure: not by naming
// B as the practice, and not by passing B's ids in A. Procedures and inputs come from the router
// and its zod schemas, so a new procedure is covered without editing this file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/client';
import type { SessionKind } from '../db/schema';
import { callerFor, makePractice, type TestPractice } from './factories';
import { exampleInput } from './input-from-zod';
import { recordPracticeActivity } from './practice-activity';
import { callByPath, describeOutcome, type Outcome, outcomeOf, practiceProcedures } from './procedures';
import { leaksIn, type Markers, markersOf } from './tenant-data';
import { createTestDb } from './test-db';
import { hasUuidField, shapeOf } from './zod-shape';

const procedures = practiceProcedures();

let t: DbHandle;
let a: TestPractice;
let b: TestPractice;
let bMarkers: Markers;

const members: { who: string; kind: SessionKind; userId: (p: TestPractice) => string }[] = [
  { who: 'owner', kind: 'staff', userId: (p) => p.owner.user.id },
  { who: 'counselor', kind: 'staff', userId: (p) => p.counselor.user.id },
  { who: 'client', kind: 'client', userId: (p) => p.couple.partners[0].user.id },
];

beforeAll(async () => {
  t = await createTestDb();
  a = await makePractice(t.db);
  b = await makePractice(t.db);
  for (const p of [a, b]) await recordPracticeActivity(t.db, p);
  bMarkers = await markersOf(t.db, b.practice.id, [a.practice.id]);
});
afterAll(() => t?.close());

it('finds every practice-scoped procedure in the router', () => {
  const paths = procedures.map((p) => p.path);
  expect(paths).toEqual(
    expect.arrayContaining(['couples.get', 'dashboard.caseload', 'couples.create', 'practice.current']),
  );
});

it('knows practice B by its ids, names and emails', () => {
  expect(bMarkers.ids).toEqual(expect.arrayContaining([b.practice.id, b.couple.couple.id, b.owner.user.id]));
  expect(bMarkers.words).toEqual(
    expect.arrayContaining([b.practice.name, b.owner.user.email, b.couple.partners[0].partner.displayName]),
  );
});

describe.each(members)('as a practice A $who', ({ kind, userId }) => {
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
    '$path with practice B ids in every uuid field reveals nothing of B',
    async ({ path, input }) => {
      const ids = input && hasUuidField(shapeOf(input)) ? bMarkers.ids : [undefined];
      // A uuid that exists nowhere: practice B's ids must be answered exactly as this one is.
      const control = await callAs(a.practice.id, path, input && exampleInput(input, { withOptional: true }));
      for (const id of ids) {
        const outcome: Outcome = await callAs(
          a.practice.id,
          path,
          input && exampleInput(input, { uuid: id, withOptional: true }),
        );
        const seen = `${path}(${id}) -> ${describeOutcome(outcome)}`;
        if (outcome.ok) {
          expect(leaksIn(outcome.output, bMarkers), seen).toEqual([]);
        } else {
          expect(['NOT_FOUND', 'FORBIDDEN', 'BAD_REQUEST'], seen).toContain(outcome.code);
          // BAD_REQUEST only for an input that is invalid anyway, and never an oracle for B's ids.
          expect(outcome.code, `${seen}, but a uuid that exists nowhere -> ${describeOutcome(control)}`).toBe(
            control.ok ? 'success' : control.code,
          );
        }
      }
    },
  );
});

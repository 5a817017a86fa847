// A partner's safety data never reaches the other partner: every query a client can call answers
// partner B exactly the same (counts, timestamps, progress, history, statuses) before and after
// partner A checks in with concerning answers, answers the questionnaires (PHQ-9 item 9 raising a
// flag, session feedback far below B's), and the counselor acknowledges a flag.
// Procedures come from the router, so a new portal query is covered without editing this.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DbHandle } from '../db/client';
import { can } from '../server/authz/permissions';
import { callerFor, makePractice, type TestPractice } from './factories';
import { assignExercise, exerciseContent } from './homework-fixtures';
import { exampleInput } from './input-from-zod';
import { allProcedures, callByPath, type Outcome, outcomeOf } from './procedures';
import { createTestDb } from './test-db';

let t: DbHandle;
let p: TestPractice;
let uuids: string[];

const clientQueries = allProcedures().filter(
  (x) => x.type === 'query' && x.access !== 'public' && (!x.permission || can('client', x.permission)),
);

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
  const staff = { userId: p.counselor.user.id, practiceId: p.practice.id };
  const coupleId = p.couple.couple.id;
  const reflection = await assignExercise(t.db, staff, coupleId, exerciseContent('reflection'));
  const joint = await assignExercise(t.db, staff, coupleId, exerciseContent('joint-reveal'));
  const a = callerFor(t.db, p.couple.partners[0].user.id, p.practice.id, 'client');
  await a.portal.homework.submit({
    assignmentId: reflection,
    body: { kind: 'reflection', answers: ['one', 'two'] },
    visibility: 'couple',
  });
  const counselor = callerFor(t.db, p.counselor.user.id, p.practice.id);
  for (const measure of ['phq-9', 'session-feedback', 'nine-behavior-pulse'] as const) {
    await counselor.measures.setSchedule({ coupleId, measure, timing: 'intake' });
  }
  // Every uuid input is tried with each id B could ask about: assignments, the couple, the partners.
  uuids = [reflection, joint, coupleId, ...p.couple.partners.map((x) => x.partner.id)];
});
afterAll(() => t?.close());

/** A document's own "made at" time is the time of the call, not data: it is left out. */
function withoutCallTime(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null, (key, v) => (key === 'generatedAt' ? undefined : v)));
}

async function partnerBView(): Promise<Record<string, Outcome['ok'] | unknown>> {
  const b = callerFor(t.db, p.couple.partners[1].user.id, p.practice.id, 'client');
  const view: Record<string, unknown> = {};
  for (const procedure of clientQueries) {
    for (const uuid of procedure.input ? uuids : ['-']) {
      const input = procedure.input && exampleInput(procedure.input, { uuid, withOptional: true });
      const outcome = await outcomeOf(callByPath(b, procedure.path, input));
      view[`${procedure.path} ${uuid}`] = outcome.ok ? withoutCallTime(outcome.output) : outcome.code;
    }
  }
  return view;
}

it('covers the portal and safety queries', () => {
  expect(clientQueries.map((x) => x.path)).toEqual(
    expect.arrayContaining([
      'portal.home',
      'portal.homework.list',
      'portal.homework.history',
      'portal.homework.get',
      'portal.progress',
      'safety.myStatus',
      'safety.resources',
      'measures.myDue',
    ]),
  );
});

it("answers partner B the same after partner A's check-in, questionnaires, flag and its acknowledgement", async () => {
  const before = await partnerBView();
  const a = callerFor(t.db, p.couple.partners[0].user.id, p.practice.id, 'client');
  await a.safety.submitCheckIn({
    answers: {
      afraid: 'yes',
      hurt: 'yes',
      controlled: 'sometimes',
      'put-down': 'yes',
      'safe-homework': 'no',
    },
    note: 'Please do not tell my partner.',
  });
  const item9 = [2, 3, 1, 2, 0, 3, 1, 0, 2];
  expect(await a.measures.submit({ measure: 'phq-9', sessionId: null, answers: item9 })).toEqual({
    recorded: true,
  });
  const low = [1, 2, 1];
  expect(await a.measures.submit({ measure: 'session-feedback', sessionId: null, answers: low })).toEqual({
    recorded: true,
  });
  // A pulse rating B as low as it goes on every behavior: it feeds A's and the counselor's charts only.
  const pulse = Array.from({ length: 18 }, (_, i) => (i % 2 === 0 ? 5 : 1));
  expect(
    await a.measures.submit({ measure: 'nine-behavior-pulse', sessionId: null, answers: pulse }),
  ).toEqual({
    recorded: true,
  });
  const counselor = callerFor(t.db, p.counselor.user.id, p.practice.id);
  const [flag] = (await counselor.safety.get({ coupleId: p.couple.couple.id })).flags;
  if (!flag) throw new Error('no flag raised');
  await counselor.safety.acknowledgeFlag({ flagId: flag.id, note: 'Called A privately.' });
  const after = await partnerBView();
  expect(after).toEqual(before);
  expect(JSON.stringify(after)).not.toContain(flag.id);
  // The check-in was recorded: A's own view changed, so the comparison above is not vacuous.
  expect(await a.safety.myStatus()).toMatchObject({ checkInDue: false });
  expect((before['safety.myStatus -'] as { checkInDue: boolean }).checkInDue).toBe(true);
  expect(await a.measures.myDue()).toEqual([]);
  expect(before['measures.myDue -']).toHaveLength(3);
});

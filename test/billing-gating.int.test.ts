// Billing gating over every practice-scoped procedure, read from the router: in a read-only
// practice (subscription canceled, trial over, grace ended) every mutation that is not open when
// read-only (by its permission or its meta) is FORBIDDEN with the billing reason and every query
// still answers; in a paying practice the very same calls are never refused for billing. A new
// procedure is covered without editing this.
import { TRPCError } from '@trpc/server';
import { getErrorShape } from '@trpc/server/unstable-core-do-not-import';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/client';
import { practiceSubscriptions, practices, type SessionKind } from '../db/schema';
import { can } from '../server/authz/permissions';
import { allowedWhenReadOnly } from '../server/billing/entitlements/read-only-allowlist';
import { TRIAL_DAYS } from '../server/billing/plans';
import { refusalReasonOf } from '../server/errors';
import { appRouter } from '../server/trpc/root';
import { callerFor, makePractice, type TestPractice } from './factories';
import { exampleInput } from './input-from-zod';
import {
  allProcedures,
  callByPath,
  type Outcome,
  outcomeOf,
  type ProcedureInfo,
  practiceProcedures,
} from './procedures';
import { createTestDb } from './test-db';

const DAY = 86_400_000;
// Billing's own procedures call Stripe; the allowlist keeps them open by their permission, which
// the first test checks, and the billing suite calls them against the local Stripe.
const procedures = practiceProcedures().filter((p) => p.permission !== 'billing:manage');
const gated = procedures.filter((p) => p.type === 'mutation' && !allowedWhenReadOnly(p));
const open = procedures.filter((p) => !gated.includes(p));

let t: DbHandle;
/** One practice per billing state; the same calls go to each. */
const practice: Record<'canceled' | 'active' | 'trialEnded' | 'inGrace' | 'graceOver', TestPractice> =
  {} as never;

beforeAll(async () => {
  t = await createTestDb();
  for (const key of ['canceled', 'active', 'trialEnded', 'inGrace', 'graceOver'] as const) {
    practice[key] = await makePractice(t.db);
  }
  // Subscription rows are the webhook's to write: here straight on the owner connection.
  const subscribe = (p: TestPractice, values: Partial<typeof practiceSubscriptions.$inferInsert>) =>
    t.db
      .insert(practiceSubscriptions)
      .values({ practiceId: p.practice.id, status: 'active', plan: 'group', seats: 10, ...values });
  await subscribe(practice.canceled, { status: 'canceled' });
  await subscribe(practice.active, { status: 'active' });
  await subscribe(practice.inGrace, { status: 'past_due', pastDueSince: new Date(Date.now() - 6 * DAY) });
  await subscribe(practice.graceOver, { status: 'past_due', pastDueSince: new Date(Date.now() - 8 * DAY) });
  await t.db
    .update(practices)
    .set({ createdAt: new Date(Date.now() - (TRIAL_DAYS + 1) * DAY) })
    .where(eq(practices.id, practice.trialEnded.practice.id));
});
afterAll(() => t?.close());

/** The owner for staff procedures, a partner for client ones, both where both may call. */
function callersOf(procedure: ProcedureInfo & { permission: NonNullable<ProcedureInfo['permission']> }) {
  const callers: { kind: SessionKind; userId: (p: TestPractice) => string }[] = [];
  if (can('owner', procedure.permission)) callers.push({ kind: 'staff', userId: (p) => p.owner.user.id });
  if (can('client', procedure.permission))
    callers.push({ kind: 'client', userId: (p) => p.couple.partners[0].user.id });
  return callers;
}

/** Each allowed caller calls the procedure with a valid input naming the practice's couple. */
async function outcomes(p: TestPractice, procedure: (typeof procedures)[number]): Promise<Outcome[]> {
  const input = procedure.input && exampleInput(procedure.input, { uuid: p.couple.couple.id });
  const results: Outcome[] = [];
  for (const caller of callersOf(procedure)) {
    const api = callerFor(t.db, caller.userId(p), p.practice.id, caller.kind);
    results.push(await outcomeOf(callByPath(api, procedure.path, input)));
  }
  return results;
}

const refusedForBilling = (o: Outcome) =>
  !o.ok &&
  o.code === 'FORBIDDEN' &&
  o.error instanceof TRPCError &&
  refusalReasonOf(o.error.cause) === 'read-only';

it('finds mutations to gate and keeps openWhenReadOnly to real practice mutations', () => {
  expect(gated.map((p) => p.path)).toEqual(
    expect.arrayContaining(['couples.create', 'sessions.schedule', 'homework.assign', 'team.invite']),
  );
  expect(allowedWhenReadOnly({ permission: 'billing:manage', openWhenReadOnly: false })).toBe(true);
  for (const p of allProcedures().filter((x) => x.openWhenReadOnly)) {
    expect(p.type === 'mutation' && p.access === 'practice', p.path).toBe(true);
  }
  expect(open.filter((p) => p.type === 'query').length).toBeGreaterThan(5);
});

describe('a practice whose subscription is canceled', () => {
  it.each(gated)('refuses $path ($permission) with the billing reason', async (procedure) => {
    const results = await outcomes(practice.canceled, procedure);
    expect(results.length).toBeGreaterThan(0);
    for (const outcome of results) expect(refusedForBilling(outcome), procedure.path).toBe(true);
  });

  it.each(open)('lets $path ($type, $permission) through', async (procedure) => {
    for (const outcome of await outcomes(practice.canceled, procedure)) {
      expect(refusedForBilling(outcome)).toBe(false);
      if (!outcome.ok) expect(outcome.code).not.toMatch(/^(FORBIDDEN|UNAUTHORIZED|INTERNAL_SERVER_ERROR)$/);
    }
  });

  it('tells staff where to restart it and tells clients only that saving is paused', async () => {
    const p = practice.canceled;
    const owner = callerFor(t.db, p.owner.user.id, p.practice.id);
    const staffError = await owner.couples.create({ partners: [] } as never).catch((e: unknown) => e);
    expect(staffError).toMatchObject({
      code: 'FORBIDDEN',
      message:
        "This practice's subscription has ended, so Ninefold is read-only. An owner or admin can restart it under Billing.",
    });
    const client = callerFor(t.db, p.couple.partners[0].user.id, p.practice.id, 'client');
    const clientError = await client.portal.homework
      .save({ assignmentId: p.couple.couple.id, body: { kind: 'reflection', answers: ['x'] } })
      .catch((e: unknown) => e);
    expect(clientError).toMatchObject({ code: 'FORBIDDEN' });
    expect((clientError as Error).message).not.toMatch(/subscription|billing/i);
  });

  it('puts the machine-readable reason in the error the client receives', async () => {
    const p = practice.canceled;
    const error = await callerFor(t.db, p.owner.user.id, p.practice.id)
      .team.invite({ email: 'new.counselor@example.test', role: 'counselor' })
      .catch((e: unknown) => e);
    const shape = getErrorShape({
      config: appRouter._def._config,
      error: error as never,
      type: 'mutation',
      path: 'team.invite',
      input: undefined,
      ctx: undefined,
    });
    expect(shape.data).toMatchObject({ code: 'FORBIDDEN', reason: 'read-only' });
  });
});

describe.each([
  ['an active subscription', 'active'],
  ['a failed payment within its 7-day grace', 'inGrace'],
] as const)('a practice with %s', (_label, key) => {
  it.each(procedures)('never refuses $path ($type) for billing', async (procedure) => {
    for (const outcome of await outcomes(practice[key], procedure)) {
      expect(refusedForBilling(outcome)).toBe(false);
    }
  });
});

describe.each([
  ['whose trial ended', 'trialEnded'],
  ['whose payment failed more than 7 days ago', 'graceOver'],
] as const)('a practice %s', (_label, key) => {
  it.each(gated)('refuses $path with the billing reason', async (procedure) => {
    for (const outcome of await outcomes(practice[key], procedure)) {
      expect(refusedForBilling(outcome), procedure.path).toBe(true);
    }
  });
});

describe('what the layouts learn from practice.current', () => {
  it('tells staff the reason and the day full use ends, and clients only whether they can save', async () => {
    const owner = (p: TestPractice) => callerFor(t.db, p.owner.user.id, p.practice.id).practice.current();
    const client = (p: TestPractice) =>
      callerFor(t.db, p.couple.partners[0].user.id, p.practice.id, 'client').practice.current();
    expect((await owner(practice.canceled)).access).toEqual({
      level: 'read-only',
      reason: 'canceled',
      readOnlyFrom: null,
    });
    expect((await client(practice.canceled)).access).toEqual({
      level: 'read-only',
      reason: null,
      readOnlyFrom: null,
    });
    const grace = (await owner(practice.inGrace)).access;
    expect(grace).toMatchObject({ level: 'full', reason: 'past-due-grace' });
    expect(grace.readOnlyFrom?.getTime()).toBeGreaterThan(Date.now());
    expect((await client(practice.inGrace)).access).toEqual({
      level: 'full',
      reason: null,
      readOnlyFrom: null,
    });
    expect((await owner(practice.active)).access).toEqual({
      level: 'full',
      reason: 'active',
      readOnlyFrom: null,
    });
  });
});

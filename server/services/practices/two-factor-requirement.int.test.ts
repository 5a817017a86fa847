// Requiring two-factor sign-in of a practice's staff: only owners change it (and only once they use
// it themselves), it is audited, and while it is on the procedure ladder refuses every practice
// procedure to staff without two-factor sign-in, with a reason the pages act on. Clients, other
// practices and the person's own account security page are unaffected.
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditEvents, memberships, practices, type SessionKind } from '@/db/schema';
import { checkSession, createSession } from '@/server/auth/sessions';
import { can } from '@/server/authz/permissions';
import { refusalReasonOf } from '@/server/errors';
import { appRouter, createCaller } from '@/server/trpc/root';
import { transformer } from '@/server/trpc/transformer';
import { callerFor, contextFor, makeMember, makePractice, type TestPractice } from '@/test/factories';
import { exampleInput } from '@/test/input-from-zod';
import { callByPath, type ProcedureInfo, practiceProcedures } from '@/test/procedures';
import { createTestDb } from '@/test/test-db';
import { enableTwoFactor } from '@/test/two-factor';

let t: DbHandle;
let p: TestPractice;
let other: TestPractice;

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
  other = await makePractice(t.db);
  await enableTwoFactor(t.db, p.owner.user.id);
});
afterAll(() => t?.close());

const procedures = practiceProcedures();
const inputFor = ({ input }: ProcedureInfo) => input && exampleInput(input, { uuid: p.couple.couple.id });

/** The session a real request would carry: from the session row, with its membership and two-factor state. */
async function requestCaller(userId: string, practiceId: string, kind: SessionKind = 'staff') {
  const sid = await createSession(t.db, userId, kind);
  const { session } = await checkSession(t.db, sid, new Date(), practiceId);
  if (!session) throw new Error('no session');
  return createCaller({ ...contextFor(t.db, userId, practiceId, kind), session });
}

/** 'setup' when the ladder sent the person to set up two-factor sign-in, else the outcome's code. */
async function outcome(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return 'ok';
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    if (refusalReasonOf(cause) === 'two-factor-setup-required') return 'setup';
    return (error as { code?: string }).code ?? 'throw';
  }
}

async function auditCount(action: string) {
  const rows = await t.db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(and(eq(auditEvents.practiceId, p.practice.id), eq(auditEvents.action, action)));
  return rows.length;
}

describe('who may require it', () => {
  it('only owners: admins and counselors are refused, like the role matrix says', async () => {
    expect(can('owner', 'practice:security')).toBe(true);
    expect(can('admin', 'practice:security')).toBe(false);
    for (const userId of [p.admin.user.id, p.counselor.user.id]) {
      await expect(
        callerFor(t.db, userId, p.practice.id).practiceSecurity.setTwoFactorRequirement({ required: true }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    // Admins may see the setting.
    expect(
      await callerFor(t.db, p.admin.user.id, p.practice.id).practiceSecurity.twoFactorRequirement(),
    ).toEqual({
      required: false,
    });
  });

  it('an owner without two-factor sign-in cannot require it (it would lock them out first)', async () => {
    const { user } = await makeMember(t.db, other.practice.id, 'owner');
    await expect(
      callerFor(t.db, user.id, other.practice.id).practiceSecurity.setTwoFactorRequirement({
        required: true,
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/your own account first/),
    });
  });

  it('turning it on and off is audited once each, however often it is asked', async () => {
    const owner = await requestCaller(p.owner.user.id, p.practice.id);
    expect(await owner.practiceSecurity.setTwoFactorRequirement({ required: true })).toEqual({
      required: true,
    });
    expect(await owner.practiceSecurity.setTwoFactorRequirement({ required: true })).toEqual({
      required: true,
    });
    expect(await auditCount('practice.two-factor-required')).toBe(1);
    expect(await owner.practiceSecurity.setTwoFactorRequirement({ required: false })).toEqual({
      required: false,
    });
    expect(await auditCount('practice.two-factor-not-required')).toBe(1);
  });
});

describe('while it is required', () => {
  beforeAll(async () => {
    await t.db.update(practices).set({ requireTwoFactor: true }).where(eq(practices.id, p.practice.id));
  });

  it.each(['request session', 'bare session'] as const)(
    'staff without it are refused every practice procedure with the setup reason (%s)',
    async (path) => {
      const { user } = await makeMember(t.db, p.practice.id, 'admin');
      const caller =
        path === 'request session'
          ? await requestCaller(user.id, p.practice.id)
          : callerFor(t.db, user.id, p.practice.id);
      for (const procedure of procedures) {
        const expected = can('admin', procedure.permission) ? 'setup' : 'FORBIDDEN';
        expect(await outcome(callByPath(caller, procedure.path, inputFor(procedure))), procedure.path).toBe(
          expected,
        );
      }
      // Their own account security still answers, and says who requires it.
      expect((await caller.account.twoFactor.status()).requiredBy).toEqual([
        { practiceId: p.practice.id, name: p.practice.name },
      ]);
    },
  );

  it('once they turn it on, the same session works again', async () => {
    const { user } = await makeMember(t.db, p.practice.id, 'counselor');
    const before = await requestCaller(user.id, p.practice.id);
    expect(await outcome(before.dashboard.caseload({}))).toBe('setup');
    await enableTwoFactor(t.db, user.id);
    expect(await outcome(callerFor(t.db, user.id, p.practice.id).dashboard.caseload({}))).toBe('ok');
    expect(await outcome((await requestCaller(user.id, p.practice.id)).dashboard.caseload({}))).toBe('ok');
  });

  it('clients of the practice are not asked', async () => {
    const client = p.couple.partners[0].user.id;
    expect(await outcome((await requestCaller(client, p.practice.id, 'client')).portal.home())).toBe('ok');
    expect(await outcome(callerFor(t.db, client, p.practice.id, 'client').practice.current())).toBe('ok');
  });

  it('the same person works on in a practice that does not require it', async () => {
    const { user } = await makeMember(t.db, p.practice.id, 'counselor');
    await t.db
      .insert(memberships)
      .values({ practiceId: other.practice.id, userId: user.id, role: 'counselor' });
    expect(await outcome((await requestCaller(user.id, p.practice.id)).practice.current())).toBe('setup');
    expect(await outcome((await requestCaller(user.id, other.practice.id)).practice.current())).toBe('ok');
  });

  it('over HTTP the refusal is FORBIDDEN with data.reason for the client to act on', async () => {
    const { user } = await makeMember(t.db, p.practice.id, 'counselor');
    const response = await fetchRequestHandler({
      endpoint: '/api/trpc',
      req: new Request('http://localhost/api/trpc/practice.current'),
      router: appRouter,
      createContext: () => contextFor(t.db, user.id, p.practice.id),
    });
    expect(response.status).toBe(403);
    const body = (await response.json()) as { error: unknown };
    const error = transformer.deserialize(body.error) as { data: Record<string, unknown> };
    expect(error.data).toMatchObject({ code: 'FORBIDDEN', reason: 'two-factor-setup-required' });
  });
});

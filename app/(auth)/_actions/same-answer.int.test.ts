// Every form that takes an email address, called as its page calls it: the answer must not tell
// whether the address has an account, or whose (staff, client, deactivated). Only the request's
// headers and the database handle are supplied from outside; signing in is recorded, not done.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import { users } from '@/db/schema';
import { hashPassword } from '@/server/auth/password';
import { ANSWER_FLOOR_MS } from '@/server/auth/steady-timing';
import { makePractice, type TestPractice } from '@/test/factories';
import { createTestDb } from '@/test/test-db';

const state = vi.hoisted(() => ({ db: undefined as unknown, octet: 0, signIns: [] as unknown[] }));
vi.mock('next/headers', () => ({
  headers: async () =>
    new Headers({ 'x-forwarded-for': `198.51.100.${++state.octet}`, 'user-agent': 'vitest' }),
}));
vi.mock('@/server/db', () => ({ getDb: async () => state.db }));
vi.mock('@/server/auth/next-auth', () => ({
  signIn: async (...args: unknown[]) => {
    state.signIns.push(args);
  },
}));

const { signUpPractice } = await import('./sign-up');
const { requestSignInLink } = await import('./request-link');

let t: DbHandle;
let p: TestPractice;
let addresses: Record<'new' | 'staff' | 'client' | 'deactivated', () => string>;

beforeAll(async () => {
  t = await createTestDb();
  state.db = t.db;
  p = await makePractice(t.db);
  await t.db
    .update(users)
    .set({ passwordHash: await hashPassword('the owner own password') })
    .where(eq(users.id, p.owner.user.id));
  const deactivated = p.otherCouple.partners[0].user;
  await t.db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, deactivated.id));
  addresses = {
    new: () => `new.${randomBytes(4).toString('hex')}@example.test`,
    staff: () => p.owner.user.email,
    client: () => p.couple.partners[0].user.email,
    deactivated: () => deactivated.email,
  };
});
afterAll(() => t.close());

function formData(fields: Record<string, string>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
}

/**
 * Each kind of address's answer, and how long it took. The time is only checked against the
 * form's floor: no address may answer sooner (bench/auth-timing.ts measures the rest).
 */
async function answersFor(submit: (email: string) => Promise<unknown>) {
  const answers: Record<string, unknown> = {};
  const took: Record<string, number> = {};
  for (const [kind, email] of Object.entries(addresses)) {
    const began = performance.now();
    answers[kind] = await submit(email());
    took[kind] = performance.now() - began;
  }
  return { answers, took };
}

const expectNoneSooner = (took: Record<string, number>, floorMs: number) => {
  for (const [kind, ms] of Object.entries(took)) expect(ms, kind).toBeGreaterThanOrEqual(floorMs - 1);
};

const expectAllAlike = (answers: Record<string, unknown>) => {
  for (const [kind, answer] of Object.entries(answers)) expect(answer, kind).toEqual(answers.new);
};

describe('the same answer for every address', () => {
  it('on the sign-up form', async () => {
    state.signIns = [];
    const { answers, took } = await answersFor((email) =>
      signUpPractice(
        {},
        formData({ practiceName: 'Lakeside', name: 'Noor', email, password: 'correct horse battery' }),
      ),
    );
    expectAllAlike(answers);
    expectNoneSooner(took, ANSWER_FLOOR_MS.signUp);
    expect(answers.new).toEqual({
      success: expect.stringContaining('Check your email'),
      values: { practiceName: 'Lakeside', name: 'Noor' },
    });
    expect(state.signIns).toEqual([]);
  });

  it('on the sign-in link form', async () => {
    const { answers, took } = await answersFor((email) => requestSignInLink({}, formData({ email })));
    expectAllAlike(answers);
    expectNoneSooner(took, ANSWER_FLOOR_MS.signInLink);
    expect(answers.new).toEqual({ success: expect.stringContaining('a sign-in link is on its way') });
  });

  it('on the sign-in link form at the limit: the same refusal, with the same wait, for every address', async () => {
    // Only Date is frozen (7½ minutes into a 15-minute window); the answer floor's timers still run.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2030-03-02T09:07:31Z') });
    try {
      const fixed = Object.fromEntries(Object.entries(addresses).map(([kind, next]) => [kind, next()]));
      const ask = (email: string) => requestSignInLink({}, formData({ email }));
      for (const email of Object.values(fixed)) for (let i = 0; i < 3; i++) await ask(email);
      const answers: Record<string, unknown> = {};
      for (const [kind, email] of Object.entries(fixed)) answers[kind] = await ask(email);
      for (const [kind, answer] of Object.entries(answers)) {
        expect(answer, kind).toEqual({
          error:
            'Too many links were asked for. Wait 8 minutes and try again, or sign in with a password if you have one.',
          values: { email: fixed[kind] },
        });
      }
    } finally {
      vi.useRealTimers();
    }
  });
});

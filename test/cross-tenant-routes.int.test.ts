// The doors to practice data outside tRPC: route handlers (downloads, the one-click unsubscribe) and
// server actions, called as a member of practice A with practice B's ids. Each must answer B's ids
// exactly as ids of nothing, and change none of B's rows. Every route handler and server action
// file in app/ is listed below, so a new one fails here until someone says how it is covered.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '../db/client';
import type { AuthSession } from '../server/auth/sessions';
import { unsubscribeToken } from '../server/email/unsubscribe-token';
import { CHECK_IN_QUESTIONS } from '../server/services/safety/check-in-wording';
import { makePractice, type TestPractice } from './factories';
import { recordPracticeActivity } from './practice-activity';
import { idsByTable, leaksIn, type Markers, markersOf, snapshotOf } from './tenant-data';
import { createTestDb } from './test-db';

let t: DbHandle;
let session: AuthSession | null = null;
// The app's database handle and the request's signed-in session, as the cookie would give them.
vi.mock('../server/db', () => ({ getDb: async () => t.db }));
vi.mock('../server/auth/current-session', () => ({ getCurrentSession: async () => session }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'user-agent': 'vitest' }) }));

const auditExport = await import('../app/(staff)/p/[practiceId]/audit/export/route');
const exportDownload = await import('../app/(staff)/p/[practiceId]/data-export/[exportId]/download/route');
const yourData = await import('../app/portal/[practiceId]/your-data/download/route');
const unsubscribeRoute = await import('../app/api/unsubscribe/route');
const { unsubscribe } = await import('../app/unsubscribe/actions');
const homeworkActions = await import('../app/portal/[practiceId]/_actions/homework');
const { submitCheckInAction } = await import('../app/portal/[practiceId]/_actions/check-in');
const { submitMeasureAction } = await import('../app/portal/[practiceId]/_actions/measures');
const { deletePrivateAnswersAction } = await import('../app/portal/[practiceId]/_actions/your-data');
const { updatePreferencesAction } = await import('../app/_actions/update-preferences');

/** How each route handler is covered; a new route.ts must be added here. */
const ROUTES: Record<string, string> = {
  'app/(staff)/p/[practiceId]/audit/export/route.ts': 'tested here',
  'app/(staff)/p/[practiceId]/data-export/[exportId]/download/route.ts': 'tested here',
  'app/portal/[practiceId]/your-data/download/route.ts': 'tested here',
  'app/api/unsubscribe/route.ts': 'tested here',
  'app/api/trpc/[trpc]/route.ts': 'every procedure: test/cross-tenant.int.test.ts',
  'app/api/auth/[...nextauth]/route.ts': 'next-auth; takes no practice or row ids',
  'app/api/webhooks/stripe/route.ts': 'signature-checked webhook; names no practice a caller chooses',
  'app/api/webhooks/resend/route.ts': 'signature-checked webhook; names no practice a caller chooses',
  'app/v1/[...path]/route.ts': 'the local Stripe stand-in (never in production); holds no practice data',
};

/** How each server action file is covered; a new 'use server' file must be added here. */
const SERVER_ACTIONS: Record<string, string> = {
  'app/unsubscribe/actions.ts': 'tested here',
  'app/portal/[practiceId]/_actions/homework.ts': 'tested here',
  'app/portal/[practiceId]/_actions/check-in.ts': 'tested here',
  'app/portal/[practiceId]/_actions/measures.ts': 'tested here',
  'app/portal/[practiceId]/_actions/your-data.ts': 'tested here',
  'app/_actions/update-preferences.ts': 'tested here',
  'app/(auth)/_actions/complete-sign-up.ts': 'a sign-up token and the password again; no practice or row ids',
  'app/(auth)/_actions/accept-invite.ts': 'a signed invitation token; no practice or row ids',
  'app/(auth)/_actions/magic-sign-in.ts': 'a magic-link token; no practice or row ids',
  'app/(auth)/_actions/request-link.ts': 'an email address; no ids',
  'app/(auth)/_actions/sign-in.ts': 'an email and password; no ids',
  'app/(auth)/_actions/sign-out.ts': 'no input',
  'app/(auth)/_actions/sign-up.ts': 'a new practice; no ids',
  'app/(auth)/_actions/two-factor-sign-in.ts': 'a code for the pending sign-in; no ids',
  'app/dev/stripe/actions.ts': 'the local Stripe pages (never in production); Stripe ids only',
};

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => path.join(dir, file).split(path.sep).join('/'))
    .filter(keep)
    .sort();
}

let a: TestPractice;
let b: TestPractice;
let bMarkers: Markers;
let bIds: Record<string, string[]>;

beforeAll(async () => {
  t = await createTestDb();
  a = await makePractice(t.db);
  b = await makePractice(t.db);
  await recordPracticeActivity(t.db, a);
  await recordPracticeActivity(t.db, b, { seats: 37, durationMinutes: 73, estimatedMinutes: 23 });
  bMarkers = await markersOf(t.db, b.practice.id, [a.practice.id]);
  bIds = await idsByTable(t.db, b.practice.id);
}, 240_000);
afterAll(() => t?.close());

const signInAs = (userId: string, kind: AuthSession['kind']) => {
  session = { sessionId: randomUUID(), userId, kind };
};

/** Status, type and body, with the probed id written out: an answer that differs in anything else tells. */
async function answer(response: Response, probe: string) {
  const body = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: body.replaceAll(probe, '<probed id>'),
    leaks: leaksIn(body, bMarkers).filter((m) => m !== probe),
  };
}

const params = <T>(value: T) => ({ params: Promise.resolve(value) });

it('knows every route handler and server action in app/', () => {
  const routes = filesUnder('app', (f) => f.endsWith('/route.ts'));
  const actions = filesUnder(
    'app',
    (f) => /\.tsx?$/.test(f) && /^\s*['"]use server['"]/.test(readFileSync(f, 'utf8')),
  );
  for (const route of routes)
    expect(
      ROUTES[route],
      `add '${route}' to ROUTES in test/cross-tenant-routes.int.test.ts, with a test if it reads practice data`,
    ).toBeDefined();
  for (const action of actions)
    expect(
      SERVER_ACTIONS[action],
      `add '${action}' to SERVER_ACTIONS in test/cross-tenant-routes.int.test.ts, with a test if it takes ids`,
    ).toBeDefined();
  expect(Object.keys(ROUTES).sort()).toEqual(routes);
  expect(Object.keys(SERVER_ACTIONS).sort()).toEqual(actions);
});

describe('as a practice A owner', () => {
  beforeAll(() => signInAs(a.owner.user.id, 'staff'));

  it('downloads no audit log of practice B, and filters A’s by B’s couples and people as by nothing', async () => {
    const before = await snapshotOf(t.db, b.practice.id);
    const get = (practiceId: string, query: string) =>
      auditExport.GET(
        new Request(`http://localhost:3000/p/${practiceId}/audit/export?${query}`),
        params({ practiceId }),
      );
    expect((await get(b.practice.id, '')).status).toBe(403);
    const probes = [
      ...(bIds.couples ?? []).map((id) => ['couple', id] as const),
      ...(bIds.users ?? []).map((id) => ['person', id] as const),
    ];
    expect(probes.length).toBeGreaterThan(4);
    for (const [filter, id] of probes) {
      const nowhere = randomUUID();
      const foreign = await answer(await get(a.practice.id, `${filter}=${id}`), id);
      expect(foreign.leaks, `${filter}=${id}`).toEqual([]);
      expect(foreign, `${filter}=${id}`).toEqual(
        await answer(await get(a.practice.id, `${filter}=${nowhere}`), nowhere),
      );
    }
    expect(await snapshotOf(t.db, b.practice.id)).toEqual(before);
  });

  it('downloads none of practice B’s exports, through A or through B', async () => {
    const before = await snapshotOf(t.db, b.practice.id);
    const get = (practiceId: string, exportId: string) =>
      exportDownload.GET(
        new Request(`http://localhost:3000/p/${practiceId}/data-export/${exportId}/download`),
        params({ practiceId, exportId }),
      );
    const exportIds = bIds.practice_exports ?? [];
    expect(exportIds.length).toBeGreaterThan(0);
    for (const id of exportIds) {
      const nowhere = randomUUID();
      const foreign = await answer(await get(a.practice.id, id), id);
      expect(foreign.leaks).toEqual([]);
      expect(foreign, id).toEqual(await answer(await get(a.practice.id, nowhere), nowhere));
      expect((await get(b.practice.id, id)).status).toBe(403);
    }
    expect(await snapshotOf(t.db, b.practice.id)).toEqual(before);
  });
});

describe('as a practice A client', () => {
  beforeAll(() => signInAs(a.couple.partners[0].user.id, 'client'));

  it('downloads their own data, and nothing from practice B’s portal', async () => {
    const before = await snapshotOf(t.db, b.practice.id);
    const get = (practiceId: string) =>
      yourData.GET(
        new Request(`http://localhost:3000/portal/${practiceId}/your-data/download`),
        params({ practiceId }),
      );
    const own = await answer(await get(a.practice.id), a.practice.id);
    expect(own.status).toBe(200);
    expect(own.leaks).toEqual([]);
    expect((await get(b.practice.id)).status).toBe(403);
    expect(await snapshotOf(t.db, b.practice.id)).toEqual(before);
  });

  it('the portal’s server actions answer practice B, and B’s homework, as nothing, and change none of B’s rows', async () => {
    const before = await snapshotOf(t.db, b.practice.id);
    const nowhere = randomUUID();
    /** The answer to `probe` must equal the answer to an id of nothing, with each id written out. */
    const same = async (probe: string, call: (id: string) => Promise<unknown>) => {
      const foreign = JSON.stringify(await call(probe)).replaceAll(probe, '<id>');
      expect(leaksIn(foreign, bMarkers), probe).toEqual([]);
      expect(foreign, probe).toEqual(JSON.stringify(await call(nowhere)).replaceAll(nowhere, '<id>'));
      return JSON.parse(foreign) as { ok: boolean };
    };
    const body = { kind: 'reflection' as const, answers: ['From practice A'] };
    const assignmentIds = bIds.assignments ?? [];
    expect(assignmentIds.length).toBeGreaterThan(0);
    for (const assignmentId of assignmentIds) {
      for (const [name, action] of [
        ['save', homeworkActions.saveDraftAction],
        ['send', homeworkActions.sendAnswerAction],
      ] as const) {
        const result = await same(assignmentId, (id) => action(a.practice.id, { assignmentId: id, body }));
        expect(result.ok, name).toBe(false);
      }
      const visibility = await same(assignmentId, (id) =>
        homeworkActions.setVisibilityAction(a.practice.id, { assignmentId: id, visibility: 'couple' }),
      );
      expect(visibility.ok).toBe(false);
    }
    const phq9 = { measure: 'phq-9' as const, answers: [1, 1, 1, 1, 1, 1, 1, 1, 1] };
    const sessionIds = bIds.counseling_sessions ?? [];
    expect(sessionIds.length).toBeGreaterThan(0);
    for (const sessionId of sessionIds) {
      const result = await same(sessionId, (id) =>
        submitMeasureAction(a.practice.id, { ...phq9, sessionId: id }),
      );
      expect(result).toEqual({ ok: true, data: { recorded: false } });
    }
    const checkIn = {
      answers: Object.fromEntries(CHECK_IN_QUESTIONS.map((q) => [q.id, 'no'])),
      note: 'From practice A',
    } as Parameters<typeof submitCheckInAction>[1];
    const preferences = { homeworkNudges: false, sessionReminders: false, timeZone: null, quietHours: null };
    const inB = [
      (practiceId: string) => homeworkActions.saveDraftAction(practiceId, { assignmentId: nowhere, body }),
      (practiceId: string) => submitCheckInAction(practiceId, checkIn),
      (practiceId: string) => submitMeasureAction(practiceId, { ...phq9, sessionId: null }),
      (practiceId: string) => deletePrivateAnswersAction(practiceId, { confirm: true }),
      (practiceId: string) => updatePreferencesAction(practiceId, preferences),
    ];
    for (const call of inB) expect((await same(b.practice.id, call)).ok).toBe(false);
    // The same calls in A's own practice go through: the refusals above are B's, not the set-up's.
    expect(await submitCheckInAction(a.practice.id, checkIn)).toMatchObject({ ok: true });
    expect(await updatePreferencesAction(a.practice.id, preferences)).toMatchObject({ ok: true });
    expect(await snapshotOf(t.db, b.practice.id)).toEqual(before);
  });

  it('cannot unsubscribe a person of practice B with their own link, by the one-click POST or the page’s action', async () => {
    const before = await snapshotOf(t.db, b.practice.id);
    const own = unsubscribeToken(a.couple.partners[0].user.id, 'homework');
    const mac = own.split('.').at(-1);
    for (const target of [b.couple.partners[0].user.id, b.owner.user.id]) {
      const forged = `${target}.homework.${mac}`;
      const response = await unsubscribeRoute.POST(
        new Request(`http://localhost:3000/api/unsubscribe?token=${encodeURIComponent(forged)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'List-Unsubscribe=One-Click',
        }),
      );
      expect(response.status).toBe(400);
      const form = new FormData();
      form.set('token', forged);
      expect(await unsubscribe({}, form)).toHaveProperty('error');
    }
    expect(await snapshotOf(t.db, b.practice.id)).toEqual(before);
  });
});

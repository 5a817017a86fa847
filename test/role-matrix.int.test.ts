// Every practice-scoped procedure called by every membership role in its own practice: the
// permission matrix (server/authz/permissions.ts) alone decides who is refused. Procedures and
// inputs come from the router and its zod schemas, so a new procedure is covered without editing this.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/client';
import { type MembershipRole, memberships, type SessionKind } from '../db/schema';
import { can } from '../server/authz/permissions';
import type { TCreateCoupleInput } from '../server/services/couples/create-couple';
import { callerFor, makeMember, makePractice, makeUser, type TestPractice } from './factories';
import { exampleInput } from './input-from-zod';
import {
  allProcedures,
  callByPath,
  describeOutcome,
  outcomeOf,
  type ProcedureInfo,
  practiceProcedures,
} from './procedures';
import { createTestDb } from './test-db';

const procedures = practiceProcedures();
const staffProcedures = procedures.filter((p) => !can('client', p.permission));
const signedInProcedures = allProcedures().filter((p) => p.access !== 'public');

type Member = { role: MembershipRole; kind: SessionKind; userId: (p: TestPractice) => string };

const members: Member[] = [
  { role: 'owner', kind: 'staff', userId: (p) => p.owner.user.id },
  { role: 'admin', kind: 'staff', userId: (p) => p.admin.user.id },
  { role: 'counselor', kind: 'staff', userId: (p) => p.counselor.user.id },
  { role: 'client', kind: 'client', userId: (p) => p.couple.partners[0].user.id },
];
const staff = members.filter((m) => m.role !== 'client');

let t: DbHandle;
let p: TestPractice;
let other: TestPractice;

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
  other = await makePractice(t.db);
});
afterAll(() => t?.close());

/** A valid input whose uuids name a couple on the counselor's caseload, so allowed calls can succeed. */
const inputFor = ({ input }: ProcedureInfo) => input && exampleInput(input, { uuid: p.couple.couple.id });

async function call(
  userId: string | null,
  kind: SessionKind,
  procedure: ProcedureInfo,
  practiceId: string | null = p.practice.id,
) {
  return describeOutcome(
    await outcomeOf(
      callByPath(callerFor(t.db, userId, practiceId, kind), procedure.path, inputFor(procedure)),
    ),
  );
}

it('finds the procedures the headline rules are about', () => {
  const paths = (permission: string) =>
    procedures.filter((x) => x.permission === permission).map((x) => x.path);
  expect(paths('team:invite')).toContain('team.invite');
  expect(paths('audit:read')).toContain('audit.find');
  expect(staffProcedures.map((x) => x.path)).toEqual(
    expect.arrayContaining(['dashboard.caseload', 'couples.get', 'couples.create', 'team.find']),
  );
  expect(procedures.map((x) => x.path)).toEqual(expect.arrayContaining(['practice.current', 'portal.home']));
});

it('covers every administration procedure: team, practice, audit, and closing a couple', () => {
  const everyPath = allProcedures().map((x) => x.path);
  const admin = everyPath.filter((path) => /^(team|practice|audit)\./.test(path) && path !== 'practice.mine');
  expect(admin.length).toBeGreaterThan(10);
  // Each is practice-scoped, so the matrix below calls it as every role.
  expect(procedures.map((x) => x.path)).toEqual(
    expect.arrayContaining([
      ...admin,
      'couples.close',
      'couples.reopen',
      'couples.closingPreview',
      'practice.reminderDefaults',
      'practice.updateReminderDefaults',
      'team.memberCouples',
    ]),
  );
});

describe.each(members)('$role with a $kind session, in its own practice,', (member) => {
  const cases = procedures.map((procedure) => ({
    ...procedure,
    verdict: can(member.role, procedure.permission) ? 'let through' : 'refused',
  }));

  it.each(cases)('is $verdict by $path ($permission)', async (procedure) => {
    const outcome = await call(member.userId(p), member.kind, procedure);
    if (procedure.verdict === 'refused') expect(outcome).toMatch(/^FORBIDDEN/);
    else expect(outcome).not.toMatch(/^(FORBIDDEN|UNAUTHORIZED)/);
  });
});

describe('the headline rules', () => {
  it.each(['client', 'staff'] as const)(
    'a client cannot call any staff procedure, even with a %s session',
    async (kind) => {
      const client = p.couple.partners[0].user.id;
      for (const procedure of staffProcedures) {
        expect(await call(client, kind, procedure), procedure.path).toMatch(/^FORBIDDEN/);
      }
    },
  );

  it('a counselor cannot invite to the team or read the audit log', async () => {
    expect(can('counselor', 'team:invite')).toBe(false);
    expect(can('counselor', 'audit:read')).toBe(false);
    const adminOnly = procedures.filter(
      (x) => x.permission === 'team:invite' || x.permission === 'audit:read',
    );
    for (const procedure of adminOnly) {
      expect(await call(p.counselor.user.id, 'staff', procedure), procedure.path).toMatch(/^FORBIDDEN/);
      expect(await call(p.admin.user.id, 'staff', procedure), procedure.path).not.toMatch(/^FORBIDDEN/);
    }
  });

  it('a counselor cannot read the whole practice’s couples or assign them (couples:read-all)', async () => {
    expect(can('counselor', 'couples:read-all')).toBe(false);
    const newCouple = (counselorId: string): TCreateCoupleInput => ({
      counselorId,
      partners: [
        { displayName: 'Robin', email: `robin.${counselorId}@example.test` },
        { displayName: 'Jordan', email: `jordan.${counselorId}@example.test` },
      ],
    });
    const counselor = callerFor(t.db, p.counselor.user.id, p.practice.id);
    const admin = callerFor(t.db, p.admin.user.id, p.practice.id);
    const otherCaseload = p.otherCounselor.membership.id;

    await expect(counselor.dashboard.caseload({ counselor: 'all' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(counselor.couples.get({ coupleId: p.otherCouple.couple.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(counselor.couples.create(newCouple(otherCaseload))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });

    const everyone = await admin.dashboard.caseload({ counselor: 'all' });
    expect(everyone.rows.map((c) => c.id)).toContain(p.otherCouple.couple.id);
    expect((await admin.couples.get({ coupleId: p.otherCouple.couple.id })).id).toBe(p.otherCouple.couple.id);
    const { coupleId } = await admin.couples.create(newCouple(otherCaseload));
    expect((await admin.couples.get({ coupleId })).counselorId).toBe(otherCaseload);
  });

  it.each(staff)(
    'an $role signed in by magic link (a client session) is refused every staff procedure',
    async (member) => {
      for (const procedure of staffProcedures) {
        expect(await call(member.userId(p), 'client', procedure), procedure.path).toMatch(/^FORBIDDEN/);
      }
    },
  );
});

describe('outsiders', () => {
  it.each(['staff', 'client'] as const)(
    'a user of no practice, and the owner of another, are refused everything (%s session)',
    async (kind) => {
      const stranger = await makeUser(t.db, 'Stranger');
      for (const userId of [stranger.id, other.owner.user.id]) {
        for (const procedure of procedures) {
          expect(await call(userId, kind, procedure), procedure.path).toMatch(/^FORBIDDEN/);
        }
      }
    },
  );

  it('a deactivated owner is refused everything', async () => {
    const { user, membership } = await makeMember(t.db, p.practice.id, 'owner');
    await t.db.update(memberships).set({ status: 'deactivated' }).where(eq(memberships.id, membership.id));
    for (const procedure of procedures) {
      expect(await call(user.id, 'staff', procedure), procedure.path).toMatch(/^FORBIDDEN/);
    }
  });

  it('an owner who has not chosen a practice is refused everything practice-scoped', async () => {
    for (const procedure of procedures) {
      expect(await call(p.owner.user.id, 'staff', procedure, null), procedure.path).toMatch(/^FORBIDDEN/);
    }
  });

  it('finds the signed-in procedures: every practice-scoped one and the rest built on authedProcedure', () => {
    expect(signedInProcedures.map((x) => x.path)).toEqual(
      expect.arrayContaining(['practice.mine', ...procedures.map((x) => x.path)]),
    );
  });

  it.each(signedInProcedures)('$path ($access) is UNAUTHORIZED with no session', async (procedure) => {
    expect(await call(null, 'staff', procedure)).toMatch(/^UNAUTHORIZED/);
  });
});

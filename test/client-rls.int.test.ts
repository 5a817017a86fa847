// Inside their own practice, a client partner reaches their own couple and nothing else: not the
// practice's other couples, other clients, invitations or the audit log, and they can write nothing.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DbHandle, Tx } from '../db/client';
import { withTenant } from '../db/tenant';
import { callerFor, makePractice, type TestPractice } from './factories';
import { expectSqlError, queryRows } from './sql';
import { createTestDb } from './test-db';

let t: DbHandle;
let p: TestPractice;

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
  // Invitations and audit events for the practice, made the way the app makes them.
  await callerFor(t.db, p.counselor.user.id, p.practice.id).couples.create({
    partners: [
      { displayName: 'Robin Vale', email: 'robin.vale@example.test' },
      { displayName: 'Jordan Vale', email: 'jordan.vale@example.test' },
    ],
  });
});
afterAll(() => t?.close());

const asClient = <T>(work: (tx: Tx) => Promise<T>) =>
  withTenant(t.db, { practiceId: p.practice.id, userId: p.couple.partners[0].user.id }, work);

const ids = (tx: Tx, query: ReturnType<typeof sql>) =>
  queryRows<{ id: string }>(tx, query).then((rows) => rows.map((r) => r.id).sort());

it('sees only their own couple and its two partners', async () => {
  const own = p.couple;
  const seen = await asClient(async (tx) => ({
    couples: await ids(tx, sql`select id from couples`),
    partners: await ids(tx, sql`select id from partners`),
  }));
  expect(seen.couples).toEqual([own.couple.id]);
  expect(seen.partners).toEqual(own.partners.map((x) => x.partner.id).sort());
});

it('sees the staff and their own membership, never another client', async () => {
  const seen = await asClient((tx) =>
    queryRows<{ userId: string; role: string }>(tx, sql`select user_id as "userId", role from memberships`),
  );
  const clients = seen.filter((m) => m.role === 'client').map((m) => m.userId);
  expect(clients).toEqual([p.couple.partners[0].user.id]);
  expect(seen.filter((m) => m.role !== 'client').length).toBe(4);
  const users = await asClient((tx) => ids(tx, sql`select id from users`));
  expect(users).not.toContain(p.couple.partners[1].user.id);
  expect(users).not.toContain(p.otherCouple.partners[0].user.id);
});

it('sees no invitations and no audit events', async () => {
  const counts = await asClient(async (tx) => ({
    invitations: (await ids(tx, sql`select id from invitations`)).length,
    audit: (await ids(tx, sql`select id from audit_events`)).length,
  }));
  expect(counts).toEqual({ invitations: 0, audit: 0 });
});

it.each([
  ['rename a partner', sql`update partners set display_name = 'X'`],
  ['close their couple', sql`update couples set status = 'closed'`],
  ['promote themself', sql`update memberships set role = 'owner'`],
])('changes nothing when trying to %s', async (_, statement) => {
  const changed = await asClient((tx) => queryRows(tx, sql`${statement} returning 1`));
  expect(changed).toEqual([]);
});

it('cannot add a couple to the practice', async () => {
  const refused = await expectSqlError(
    asClient((tx) =>
      tx.execute(
        sql`insert into couples (practice_id, counselor_id) values (${p.practice.id}, ${p.counselor.membership.id})`,
      ),
    ),
  );
  expect(refused.code).toBe('42501');
  expect(refused.message).toMatch(/row-level security/);
});

it("cannot read, count or forge the partner's safety check-ins, nor read any flag", async () => {
  const author = callerFor(t.db, p.couple.partners[1].user.id, p.practice.id, 'client');
  await author.safety.submitCheckIn({
    answers: { afraid: 'yes', hurt: 'no', controlled: 'no', 'put-down': 'no', 'safe-homework': 'yes' },
    note: '',
  });
  const seen = await asClient(async (tx) => ({
    checkIns: (await ids(tx, sql`select id from safety_check_ins`)).length,
    flags: (await ids(tx, sql`select id from safety_flags`)).length,
  }));
  expect(seen).toEqual({ checkIns: 0, flags: 0 });
  const forged = await expectSqlError(
    asClient((tx) =>
      tx.execute(
        sql`insert into safety_check_ins (practice_id, couple_id, partner_id, answers_ciphertext)
          values (${p.practice.id}, ${p.couple.couple.id}, ${p.couple.partners[1].partner.id}, 'x')`,
      ),
    ),
  );
  expect(forged.code).toBe('42501');
});

it('has no access at all to the caseload’s measure alerts, not even their own couple’s', async () => {
  // Both partners' session feedback far apart: the recompute in the answering transaction stores
  // an alliance split for their couple, which the client can neither read nor write.
  const counselor = callerFor(t.db, p.counselor.user.id, p.practice.id);
  await counselor.measures.setSchedule({
    coupleId: p.couple.couple.id,
    measure: 'session-feedback',
    timing: 'intake',
  });
  for (const [i, answers] of [
    [0, [5, 5, 5]],
    [1, [2, 2, 2]],
  ] as const) {
    const partner = callerFor(t.db, p.couple.partners[i].user.id, p.practice.id, 'client');
    expect(
      await partner.measures.submit({ measure: 'session-feedback', sessionId: null, answers: [...answers] }),
    ).toEqual({
      recorded: true,
    });
  }
  const stored = await queryRows<{ alliance_split: boolean }>(
    t.db,
    sql`select alliance_split from couple_measure_alerts where practice_id = ${p.practice.id} and couple_id = ${p.couple.couple.id}`,
  );
  expect(stored).toEqual([{ alliance_split: true }]);
  expect(await asClient((tx) => ids(tx, sql`select couple_id as id from couple_measure_alerts`))).toEqual([]);
  for (const statement of [
    sql`insert into couple_measure_alerts (practice_id, couple_id, worse) values (${p.practice.id}, ${p.couple.couple.id}, true)`,
    sql`update couple_measure_alerts set worse = true`,
    sql`delete from couple_measure_alerts`,
  ]) {
    expect((await expectSqlError(asClient((tx) => tx.execute(statement)))).code).toBe('42501');
  }
});

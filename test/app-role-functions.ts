// Every database function the app role may execute, each with the test that it cannot read or
// change another practice's rows. SECURITY DEFINER functions run past row-level security, so each
// must narrow itself to the caller's practice; the meta-test (rls-meta.int.test.ts) reads the
// catalog and fails, naming the function, when one is granted without an entry here.
// Each test acts as practice A's app role with practice B's ids, in a tenant transaction, then
// checks that B's answer differs for B's own staff (so the function is not simply empty).
import { randomUUID } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db, Tx } from '../db/client';
import { withTenant } from '../db/tenant';
import type { TestPractice } from './factories';
import { expectSqlError, queryRows } from './sql';

type IsolationWorld = { db: Db; a: TestPractice; b: TestPractice };

type Row = Record<string, unknown>;

const as = (w: IsolationWorld, practiceId: string, userId: string) => ({
  rows: <T = Row>(query: SQL) =>
    withTenant(w.db, { practiceId, userId }, (tx: Tx) => queryRows<T>(tx, query)),
  value: async <T>(query: SQL): Promise<T> => {
    const [row] = await withTenant(w.db, { practiceId, userId }, (tx: Tx) => queryRows<{ v: T }>(tx, query));
    return row?.v as T;
  },
});

/** Practice A's owner, the one acting in every test. */
const ownerOfA = (w: IsolationWorld) => as(w, w.a.practice.id, w.a.owner.user.id);
const ownerOfB = (w: IsolationWorld) => as(w, w.b.practice.id, w.b.owner.user.id);
/** Practice A chosen by a user who belongs only to B: what a forged practice hint would ask. */
const bUserInA = (w: IsolationWorld, userId: string) => as(w, w.a.practice.id, userId);

/** Rows as the table owner sees them (past RLS), to compare before and after a call. */
const snapshot = (w: IsolationWorld, query: SQL) => queryRows<Row>(w.db, query);

/** Practice B's homework answer by its first partner (test/practice-activity.ts). */
async function answerOfB(w: IsolationWorld) {
  const [row] = await queryRows<{ assignmentId: string; partnerId: string }>(
    w.db,
    sql`select assignment_id as "assignmentId", partner_id as "partnerId" from responses
      where practice_id = ${w.b.practice.id} and partner_id = ${w.b.couple.partners[0].partner.id} limit 1`,
  );
  if (!row) throw new Error('practice B has no answer');
  return row;
}

/** A pending message from practice B, to B's first partner, as a nudge when `category` is set. */
async function pendingMailOfB(w: IsolationWorld, keyPrefix: string, category: string | null) {
  const key = `${keyPrefix}${randomUUID()}`;
  const [row] = await queryRows<{ id: string }>(
    w.db,
    sql`insert into email_outbox (idempotency_key, to_email, recipient_user_id, sender_practice_id,
        category, template, subject, html, text)
      values (${key}, ${w.b.couple.partners[0].partner.email}, ${w.b.couple.partners[0].user.id},
        ${w.b.practice.id}, ${category}::email_category, 'homework-assigned', 'Subject of B', '<p>B</p>', 'B')
      returning id`,
  );
  return { id: row?.id ?? '', key };
}

const outboxRow = (w: IsolationWorld, id: string) =>
  snapshot(w, sql`select status, html, text, last_error from email_outbox where id = ${id}`);

export const APP_ROLE_FUNCTIONS: Record<string, (w: IsolationWorld) => Promise<void>> = {
  'app_practice_id()': async (w) => {
    expect(await ownerOfA(w).value(sql`select app_practice_id() as v`)).toBe(w.a.practice.id);
  },

  'app_user_id()': async (w) => {
    expect(await ownerOfA(w).value(sql`select app_user_id() as v`)).toBe(w.a.owner.user.id);
  },

  'app_is_staff()': async (w) => {
    expect(await bUserInA(w, w.b.owner.user.id).value(sql`select app_is_staff() as v`)).toBe(false);
    expect(await ownerOfA(w).value(sql`select app_is_staff() as v`)).toBe(true);
  },

  'app_is_practice_admin()': async (w) => {
    expect(await bUserInA(w, w.b.owner.user.id).value(sql`select app_is_practice_admin() as v`)).toBe(false);
    expect(await ownerOfA(w).value(sql`select app_is_practice_admin() as v`)).toBe(true);
  },

  'app_membership_id()': async (w) => {
    expect(await bUserInA(w, w.b.owner.user.id).value(sql`select app_membership_id() as v`)).toBeNull();
    expect(await ownerOfA(w).value(sql`select app_membership_id() as v`)).toBe(w.a.owner.membership.id);
  },

  'app_client_couple_id()': async (w) => {
    const partnerOfB = w.b.couple.partners[0].user.id;
    expect(await bUserInA(w, partnerOfB).value(sql`select app_client_couple_id() as v`)).toBeNull();
    const partnerOfA = as(w, w.a.practice.id, w.a.couple.partners[0].user.id);
    expect(await partnerOfA.value(sql`select app_client_couple_id() as v`)).toBe(w.a.couple.couple.id);
  },

  'app_partner_id()': async (w) => {
    const partnerOfB = w.b.couple.partners[0].user.id;
    expect(await bUserInA(w, partnerOfB).value(sql`select app_partner_id() as v`)).toBeNull();
    const partnerOfA = as(w, w.a.practice.id, w.a.couple.partners[0].user.id);
    expect(await partnerOfA.value(sql`select app_partner_id() as v`)).toBe(w.a.couple.partners[0].partner.id);
  },

  'app_two_factor_enabled()': async (w) => {
    // Per person, not per practice: B's owner turning it on says nothing about anyone acting in A.
    await w.db.execute(
      sql`insert into user_two_factor (user_id, enabled_at) values (${w.b.owner.user.id}, now())
        on conflict (user_id) do update set enabled_at = now()`,
    );
    try {
      expect(await ownerOfA(w).value(sql`select app_two_factor_enabled() as v`)).toBe(false);
      expect(await ownerOfB(w).value(sql`select app_two_factor_enabled() as v`)).toBe(true);
    } finally {
      await w.db.execute(sql`delete from user_two_factor where user_id = ${w.b.owner.user.id}`);
    }
  },

  'app_response_status(uuid,uuid)': async (w) => {
    const { assignmentId, partnerId } = await answerOfB(w);
    const query = sql`select app_response_status(${assignmentId}, ${partnerId})::text as v`;
    const partnerOfA = as(w, w.a.practice.id, w.a.couple.partners[0].user.id);
    expect(await partnerOfA.value(query)).toBeNull();
    expect(await bUserInA(w, w.b.couple.partners[1].user.id).value(query)).toBeNull();
    expect(await as(w, w.b.practice.id, w.b.couple.partners[1].user.id).value(query)).toBe('submitted');
  },

  'app_staff_response_progress(uuid[])': async (w) => {
    const { assignmentId } = await answerOfB(w);
    const query = sql`select * from app_staff_response_progress(array[${assignmentId}]::uuid[])`;
    expect(await ownerOfA(w).rows(query)).toEqual([]);
    expect(await bUserInA(w, w.b.owner.user.id).rows(query)).toEqual([]);
    expect((await ownerOfB(w).rows(query)).length).toBeGreaterThan(0);
  },

  'app_staff_response_activity(uuid[])': async (w) => {
    const query = sql`select * from app_staff_response_activity(array[${w.b.couple.couple.id}]::uuid[])`;
    expect(await ownerOfA(w).rows(query)).toEqual([]);
    expect(await bUserInA(w, w.b.owner.user.id).rows(query)).toEqual([]);
    expect((await ownerOfB(w).rows(query)).length).toBeGreaterThan(0);
  },

  'app_staff_sees_couple(uuid)': async (w) => {
    // Owners and admins see every couple of their practice, so for them it answers yes whatever the
    // id (every policy that asks also requires the row's practice): the same answer as for an id
    // of nothing tells nothing. A counselor is asked about their own caseload.
    const seesB = sql`select app_staff_sees_couple(${w.b.couple.couple.id}) as v`;
    const seesNothing = sql`select app_staff_sees_couple(${randomUUID()}) as v`;
    expect(await ownerOfA(w).value(seesB)).toBe(await ownerOfA(w).value(seesNothing));
    expect(await as(w, w.a.practice.id, w.a.counselor.user.id).value(seesB)).toBe(false);
    expect(await bUserInA(w, w.b.counselor.user.id).value(seesB)).toBe(false);
    expect(await as(w, w.b.practice.id, w.b.counselor.user.id).value(seesB)).toBe(true);
  },

  'app_partner_email_suppressions()': async (w) => {
    const email = w.b.couple.partners[0].partner.email.toLowerCase();
    await w.db.execute(
      sql`insert into email_suppressions (email, reason) values (${email}, 'bounce') on conflict do nothing`,
    );
    const query = sql`select partner_id as "partnerId" from app_partner_email_suppressions()`;
    const seenByA = await ownerOfA(w).rows<{ partnerId: string }>(query);
    expect(seenByA.map((r) => r.partnerId)).not.toContain(w.b.couple.partners[0].partner.id);
    expect(await bUserInA(w, w.b.owner.user.id).rows(query)).toEqual([]);
    const seenByB = await ownerOfB(w).rows<{ partnerId: string }>(query);
    expect(seenByB.map((r) => r.partnerId)).toContain(w.b.couple.partners[0].partner.id);
  },

  'app_undelivered_email(integer)': async (w) => {
    const { id } = await pendingMailOfB(w, 'isolation:undelivered:', null);
    await w.db.execute(sql`update email_outbox set status = 'failed', failed_at = now() where id = ${id}`);
    const query = sql`select id from app_undelivered_email(200)`;
    expect((await ownerOfA(w).rows<{ id: string }>(query)).map((r) => r.id)).not.toContain(id);
    expect(await bUserInA(w, w.b.owner.user.id).rows(query)).toEqual([]);
    expect((await ownerOfB(w).rows<{ id: string }>(query)).map((r) => r.id)).toContain(id);
  },

  'app_withdraw_pending_email(text,text)': async (w) => {
    const prefix = `isolation:withdraw:${randomUUID()}:`;
    const { id } = await pendingMailOfB(w, prefix, 'homework');
    const before = await outboxRow(w, id);
    const query = sql`select app_withdraw_pending_email(${prefix}, 'withdrawn by A') as v`;
    expect(await ownerOfA(w).value(query)).toBe(0);
    expect(await bUserInA(w, w.b.owner.user.id).value(query)).toBe(0);
    expect(await outboxRow(w, id)).toEqual(before);
    expect(await ownerOfB(w).value(query)).toBe(1);
  },

  'app_withdraw_couple_nudges(uuid,text)': async (w) => {
    const { id } = await pendingMailOfB(w, 'isolation:couple-nudge:', 'homework');
    const before = await outboxRow(w, id);
    const query = sql`select app_withdraw_couple_nudges(${w.b.couple.couple.id}, 'withdrawn by A') as v`;
    expect(await ownerOfA(w).value(query)).toBe(0);
    expect(await bUserInA(w, w.b.owner.user.id).value(query)).toBe(0);
    expect(await outboxRow(w, id)).toEqual(before);
    expect(await ownerOfB(w).value(query)).toBeGreaterThanOrEqual(1);
  },

  'app_is_system_connection()': async (w) => {
    // A tenant transaction runs as the app role (SET ROLE), so never as the system connection.
    expect(await ownerOfA(w).value(sql`select app_is_system_connection() as v`)).toBe(false);
    expect(await bUserInA(w, w.b.owner.user.id).value(sql`select app_is_system_connection() as v`)).toBe(
      false,
    );
  },

  'app_refresh_couple_measure_alerts(uuid,uuid[],jsonb)': async (w) => {
    // B's couple has an alliance split (test/practice-activity.ts): its row, recomputed by A, or by
    // B's people who may not see the couple, is refused; B's owner recomputes it.
    const couple = w.b.couple.couple.id;
    const alertsOfB = sql`select couple_id, not_improving, worse, alliance_split from couple_measure_alerts
      where practice_id = ${w.b.practice.id} order by couple_id`;
    const before = await snapshot(w, alertsOfB);
    expect(before.length).toBeGreaterThan(0);
    const refresh = (practiceId: string) =>
      sql`select app_refresh_couple_measure_alerts(${practiceId}, array[${couple}]::uuid[], '{}'::jsonb)`;
    // One at a time, each awaited: a refused call left pending would surface as unhandled.
    const attempts = [
      () => ownerOfA(w).rows(refresh(w.b.practice.id)),
      () => ownerOfA(w).rows(refresh(w.a.practice.id)),
      () => bUserInA(w, w.b.owner.user.id).rows(refresh(w.b.practice.id)),
      () => as(w, w.b.practice.id, w.b.otherCounselor.user.id).rows(refresh(w.b.practice.id)),
      () => as(w, w.b.practice.id, w.b.secondCouple.partners[0].user.id).rows(refresh(w.b.practice.id)),
    ];
    for (const attempt of attempts) {
      expect((await expectSqlError(attempt())).code).toBe('42501');
    }
    expect(await snapshot(w, alertsOfB)).toEqual(before);
    // B's owner may: with the row gone (as the system connection), the refresh writes it again,
    // inside a transaction rolled back here to leave B's alerts as they were.
    await expect(
      w.db.transaction(async (tx) => {
        await tx.execute(
          sql`delete from couple_measure_alerts where practice_id = ${w.b.practice.id} and couple_id = ${couple}`,
        );
        await tx.execute(
          sql`select set_config('app.practice_id', ${w.b.practice.id}, true), set_config('app.user_id', ${w.b.owner.user.id}, true), set_config('role', 'ninefold_app', true)`,
        );
        await tx.execute(refresh(w.b.practice.id));
        const [row] = await queryRows<{ alliance_split: boolean }>(
          tx,
          sql`select alliance_split from couple_measure_alerts where practice_id = ${w.b.practice.id} and couple_id = ${couple}`,
        );
        expect(row?.alliance_split).toBe(true);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await snapshot(w, alertsOfB)).toEqual(before);
  },

  'app_delete_partner_private_answers(uuid)': async (w) => {
    // A private answer of B's first partner, on homework of theirs not yet answered.
    const partnerId = w.b.couple.partners[0].partner.id;
    await w.db.execute(sql`
      insert into responses
      select (json_populate_record(null::responses, (row_to_json(r)::jsonb || jsonb_build_object(
        'id', ${randomUUID()}::uuid, 'visibility', 'private',
        'assignment_id', (select x.id from assignments x where x.practice_id = r.practice_id
          and x.couple_id = r.couple_id and not exists (select 1 from responses y
            where y.practice_id = x.practice_id and y.assignment_id = x.id) limit 1)))::json)).*
      from responses r where r.practice_id = ${w.b.practice.id} and r.partner_id = ${partnerId} limit 1`);
    const privateOfB = sql`select id, body_ciphertext from responses
      where practice_id = ${w.b.practice.id} and partner_id = ${partnerId} and visibility = 'private'`;
    const before = await snapshot(w, privateOfB);
    expect(before.length).toBeGreaterThan(0);
    const query = sql`select app_delete_partner_private_answers(${partnerId}) as v`;
    expect(await ownerOfA(w).value(query)).toBe(0);
    expect(await bUserInA(w, w.b.owner.user.id).value(query)).toBe(0);
    expect(await snapshot(w, privateOfB)).toEqual(before);
    expect(await ownerOfB(w).value(query)).toBe(before.length);
  },

  'audit_event_hash(audit_events)': async (w) => {
    // Hashes the row it is given (the unkeyed hash of chain version 1); practice A cannot hand it a
    // row of B's, as B's rows are hidden. B's own owner gets a hash for each of B's events.
    const query = sql`select audit_event_hash(e) as hash from audit_events e
      where e.practice_id = ${w.b.practice.id}`;
    expect(await ownerOfA(w).rows(query)).toEqual([]);
    const ofB = await ownerOfB(w).rows<{ hash: string }>(query);
    expect(ofB.length).toBeGreaterThan(0);
    for (const row of ofB) expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
  },

  'audit_chain_head(uuid)': async (w) => {
    // The writer's view of the head: A asking for B's head is refused, and A's own head is A's.
    const headOf = (practiceId: string) =>
      sql`select seq::int as seq, hash from audit_chain_head(${practiceId})`;
    const refused = await expectSqlError(ownerOfA(w).rows(headOf(w.b.practice.id)));
    expect(refused.code).toBe('42501');
    const newest = (practiceId: string) =>
      snapshot(
        w,
        sql`select seq::int as seq, hash from audit_events
        where practice_id = ${practiceId} order by seq desc limit 1`,
      );
    const [headOfA] = await newest(w.a.practice.id);
    const [headOfB] = await newest(w.b.practice.id);
    expect(await ownerOfA(w).rows(headOf(w.a.practice.id))).toEqual([headOfA]);
    expect(await ownerOfB(w).rows(headOf(w.b.practice.id))).toEqual([headOfB]);
    expect(headOfA?.hash).not.toBe(headOfB?.hash);
  },

  'refuse_signed_note_change()': async (w) => {
    // A trigger function: called directly it refuses to run at all.
    const refused = await expectSqlError(ownerOfA(w).rows(sql`select refuse_signed_note_change()`));
    expect(refused.code).toBe('0A000');
  },
};

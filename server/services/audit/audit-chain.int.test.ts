// The keyed chain end to end in the database: the one writer numbers, links and MACs each event,
// the trigger refuses one that does not continue the chain, checkpoints record the head, and the
// verification finds what someone with the database but without the key did behind the app's back
// (owner connection): an edit, a deletion anywhere, a cut tail, a rewrite from some point on.
import { createHash } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditCheckpoints, auditEvents } from '@/db/schema';
import { withTenant } from '@/db/tenant';
import { runMinuteJobs } from '@/server/jobs/run-minute-jobs';
import { makePractice, type TestPractice } from '@/test/factories';
import { expectSqlError, queryRows } from '@/test/sql';
import { createTestDb } from '@/test/test-db';
import { auditEventMac } from './audit-chain-mac';
import { recordAudit } from './record-audit';
import { verifyAuditChain } from './verify-audit-chain';
import {
  CHECKPOINT_EVERY_MS,
  writeAuditCheckpoint,
  writeDueAuditCheckpoints,
} from './write-audit-checkpoints';

let t: DbHandle;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

const meta = { ip: '127.0.0.1', userAgent: 'vitest' };

function record(
  p: TestPractice,
  userId: string,
  action: string,
  metadata: Record<string, unknown> = { n: action },
) {
  return withTenant(t.db, { practiceId: p.practice.id, userId }, (tx) =>
    recordAudit(
      tx,
      { practiceId: p.practice.id, userId, meta },
      {
        action,
        targetType: 'practice',
        targetId: p.practice.id,
        metadata: metadata as Record<string, string>,
      },
    ),
  );
}

async function practiceWithEvents(count: number) {
  const p = await makePractice(t.db);
  await recordMore(p, count);
  return p;
}

async function recordMore(p: TestPractice, count: number, tag = 'event') {
  for (let i = 1; i <= count; i++) await record(p, p.owner.user.id, `test.${tag}-${i}`);
}

const checkpoint = (p: TestPractice, now = new Date()) => writeAuditCheckpoint(t.db, p.practice.id, now);

const chainOf = (p: TestPractice) =>
  t.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.practiceId, p.practice.id))
    .orderBy(asc(auditEvents.seq));

/** The app's own view: verification as the practice's owner, under RLS. */
const verifyAsOwner = (p: TestPractice, practiceId = p.practice.id) =>
  withTenant(t.db, { practiceId: p.practice.id, userId: p.owner.user.id }, (tx) =>
    verifyAuditChain(tx, practiceId),
  );

/** Rechains events from `fromSeq` on the way the database used to: sha256, marked unkeyed. */
async function rechainUnkeyed(p: TestPractice, fromSeq: number) {
  const chain = await chainOf(p);
  for (const e of chain.filter((x) => x.seq >= fromSeq)) {
    await t.db.execute(sql`update audit_events a set chain_version = 1,
        prev_hash = coalesce((select hash from audit_events where practice_id = a.practice_id and seq = a.seq - 1), '')
      where practice_id = ${p.practice.id} and seq = ${e.seq}`);
    await t.db.execute(
      sql`update audit_events a set hash = audit_event_hash(a) where practice_id = ${p.practice.id} and seq = ${e.seq}`,
    );
  }
}

describe('the audit chain', () => {
  it('numbers each practice from 1, links every event to the one before and keys each with the MAC', async () => {
    const p = await practiceWithEvents(3);
    // A client's event joins the same chain, though a client cannot read the chain under RLS.
    await record(p, p.couple.partners[0].user.id, 'test.client-event');
    const chain = await chainOf(p);
    expect(chain.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(chain.map((e) => e.chainVersion)).toEqual([2, 2, 2, 2]);
    expect(chain[0]?.prevHash).toBe('');
    for (let i = 1; i < chain.length; i++) expect(chain[i]?.prevHash).toBe(chain[i - 1]?.hash);
    expect(new Set(chain.map((e) => e.hash)).size).toBe(4);
    for (const e of chain) expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyAsOwner(p)).toEqual({
      verified: true,
      events: 4,
      checkpoints: 0,
      newestCheckpoint: null,
    });
  });

  it('verifies after the database round trip: unordered and non-ASCII metadata, a long user agent', async () => {
    const p = await makePractice(t.db);
    await withTenant(t.db, { practiceId: p.practice.id, userId: p.owner.user.id }, (tx) =>
      recordAudit(
        tx,
        {
          practiceId: p.practice.id,
          userId: p.owner.user.id,
          meta: { ip: '::1', userAgent: `${'x'.repeat(299)}😀tail` },
        },
        {
          action: 'test.round-trip',
          targetType: 'practice',
          metadata: { zeta: 'é😀"\\', alpha: 1.5, '10': null, '2': true, mid: -0.000001, big: 1e21 },
        },
      ),
    );
    // A lone surrogate (no UTF-8 for it) is stored as U+FFFD, and MAC'd as stored.
    await withTenant(t.db, { practiceId: p.practice.id, userId: p.owner.user.id }, (tx) =>
      recordAudit(
        tx,
        {
          practiceId: p.practice.id,
          userId: p.owner.user.id,
          meta: { ip: null, userAgent: 'odd \uD800 agent' },
        },
        { action: 'test.lone-surrogate', targetType: 'practice' },
      ),
    );
    const [event, odd] = await chainOf(p);
    expect(event?.userAgent).toBe(`${'x'.repeat(299)}😀`);
    expect(odd?.userAgent).toBe('odd \uFFFD agent');
    expect(await verifyAsOwner(p)).toMatchObject({ verified: true, events: 2 });
  });

  it('does not fork when a practice records events concurrently', async () => {
    const p = await makePractice(t.db);
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => record(p, p.owner.user.id, `test.concurrent-${i}`)),
    );
    const chain = await chainOf(p);
    expect(chain.map((e) => e.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(await verifyAsOwner(p)).toMatchObject({ verified: true, events: 12 });
  });

  it('refuses an event that does not continue the chain, or is not keyed', async () => {
    const p = await practiceWithEvents(1);
    const [head] = await chainOf(p);
    const insert = (values: { seq: number; prevHash: string; hash: string; chainVersion: number }) =>
      withTenant(t.db, { practiceId: p.practice.id, userId: p.owner.user.id }, (tx) =>
        tx.insert(auditEvents).values({
          practiceId: p.practice.id,
          actorUserId: p.owner.user.id,
          action: 'test.forged',
          targetType: 'practice',
          ...values,
        }),
      );
    const good = { seq: 2, prevHash: head?.hash ?? '', hash: 'a'.repeat(64), chainVersion: 2 };
    for (const forged of [
      { ...good, seq: 99 },
      { ...good, prevHash: 'b'.repeat(64) },
      { ...good, hash: 'forged' },
      { ...good, chainVersion: 1 },
    ])
      expect((await expectSqlError(insert(forged))).code).toBe('23514');
    // A second event at a taken place: the unique (practice_id, seq) index.
    expect((await expectSqlError(insert({ ...good, seq: 1, prevHash: '' }))).code).toBe('23505');
    expect((await chainOf(p)).map((e) => e.seq)).toEqual([1]);
  });

  it('keeps chains apart: one practice cannot see or verify another practice’s events', async () => {
    const a = await practiceWithEvents(2);
    const b = await practiceWithEvents(3);
    expect(await verifyAsOwner(a, b.practice.id)).toMatchObject({
      verified: true,
      events: 0,
      checkpoints: 0,
    });
    expect((await chainOf(b)).map((e) => e.seq)).toEqual([1, 2, 3]);
  });

  it('hands the head only of the current practice to the app role (audit_chain_head)', async () => {
    const a = await practiceWithEvents(1);
    const b = await practiceWithEvents(2);
    const headOf = (practiceId: string) =>
      withTenant(t.db, { practiceId: a.practice.id, userId: a.couple.partners[0].user.id }, (tx) =>
        queryRows<{ seq: string }>(tx, sql`select seq from audit_chain_head(${practiceId}::uuid)`),
      );
    expect((await headOf(a.practice.id)).map((r) => Number(r.seq))).toEqual([1]);
    expect((await expectSqlError(headOf(b.practice.id))).code).toBe('42501');
    // The app role with no practice set at all: refused too.
    const bare = t.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', 'ninefold_app', true)`);
      return queryRows(tx, sql`select seq from audit_chain_head(${b.practice.id}::uuid)`);
    });
    expect((await expectSqlError(bare)).code).toBe('42501');
    // The system connection (sign-up, invitations) may write to any practice.
    const [system] = await queryRows<{ seq: string }>(
      t.db,
      sql`select seq from audit_chain_head(${b.practice.id}::uuid)`,
    );
    expect(Number(system?.seq)).toBe(2);
  });
});

describe('checkpoints', () => {
  it('are written for each practice whose head moved, at most every few minutes', async () => {
    const p = await practiceWithEvents(2);
    const now = new Date(Date.now() + 3_600_000);
    // The worker's minute jobs write them (beside the nudge scheduler).
    expect((await runMinuteJobs(t.db, now)).checkpoints).toBeGreaterThanOrEqual(1);
    const cps = () =>
      t.db
        .select()
        .from(auditCheckpoints)
        .where(eq(auditCheckpoints.practiceId, p.practice.id))
        .orderBy(asc(auditCheckpoints.n));
    expect((await cps()).map((c) => [c.n, c.seq])).toEqual([[1, 2]]);
    await recordMore(p, 1, 'later');
    await writeDueAuditCheckpoints(t.db, new Date(now.getTime() + 60_000));
    expect((await cps()).map((c) => c.seq)).toEqual([2]);
    await writeDueAuditCheckpoints(t.db, new Date(now.getTime() + CHECKPOINT_EVERY_MS));
    expect((await cps()).map((c) => [c.n, c.seq])).toEqual([
      [1, 2],
      [2, 3],
    ]);
    // Nothing new: no checkpoint, however long it has been.
    await writeDueAuditCheckpoints(t.db, new Date(now.getTime() + 10 * CHECKPOINT_EVERY_MS));
    expect(await checkpoint(p)).toBe(0);
    expect(await cps()).toHaveLength(2);
    expect(await verifyAsOwner(p)).toMatchObject({
      verified: true,
      events: 3,
      checkpoints: 2,
      newestCheckpoint: { n: 2, seq: 3 },
    });
  });

  it('cannot be written, changed or removed by the app role', async () => {
    const p = await practiceWithEvents(1);
    await checkpoint(p);
    for (const statement of [
      `insert into audit_checkpoints (practice_id, n, seq, hash, created_at, mac) values ('${p.practice.id}', 9, 1, '', now(), '')`,
      'update audit_checkpoints set seq = seq',
      'delete from audit_checkpoints',
      'truncate audit_checkpoints',
    ]) {
      const refused = await expectSqlError(
        withTenant(t.db, { practiceId: p.practice.id, userId: p.owner.user.id }, (tx) =>
          tx.execute(sql.raw(statement)),
        ),
      );
      expect(refused.code, statement).toBe('42501');
    }
  });
});

describe('tampering behind the app (owner connection, without the key)', () => {
  it('shows an edited event at that event', async () => {
    const p = await practiceWithEvents(4);
    const chain = await chainOf(p);
    await t.db
      .update(auditEvents)
      .set({ action: 'test.innocent' })
      .where(and(eq(auditEvents.practiceId, p.practice.id), eq(auditEvents.seq, 2)));
    expect(await verifyAsOwner(p)).toMatchObject({
      verified: false,
      seq: 2,
      eventId: chain[1]?.id,
      problem: 'edited',
    });
  });

  it('shows an edit whose hash was recomputed without the key (unkeyed, or under another key)', async () => {
    const p = await practiceWithEvents(4);
    await t.db.execute(sql`update audit_events set metadata = '{"n":"rewritten"}'::jsonb
      where practice_id = ${p.practice.id} and seq = 2`);
    await rechainUnkeyed(p, 2);
    expect(await verifyAsOwner(p)).toMatchObject({ verified: false, seq: 2, problem: 'edited' });

    const q = await practiceWithEvents(3);
    const [second] = (await chainOf(q)).filter((e) => e.seq === 2);
    if (!second) throw new Error('no event 2');
    const guessedKey = createHash('sha256').update('a guess').digest();
    const forged = auditEventMac(guessedKey, { ...second, action: 'test.innocent' });
    await t.db.execute(sql`update audit_events set action = 'test.innocent', hash = ${forged}
      where practice_id = ${q.practice.id} and seq = 2`);
    expect(await verifyAsOwner(q)).toMatchObject({ verified: false, seq: 2, problem: 'edited' });
  });

  it('shows a deleted event at the event after the gap', async () => {
    const p = await practiceWithEvents(5);
    await t.db
      .delete(auditEvents)
      .where(and(eq(auditEvents.practiceId, p.practice.id), eq(auditEvents.seq, 3)));
    expect(await verifyAsOwner(p)).toMatchObject({ verified: false, events: 4, seq: 4, problem: 'missing' });
  });

  it('shows a deletion even when the later events were renumbered to close the gap', async () => {
    const p = await practiceWithEvents(4);
    await t.db
      .delete(auditEvents)
      .where(and(eq(auditEvents.practiceId, p.practice.id), eq(auditEvents.seq, 2)));
    await t.db.execute(
      sql`update audit_events set seq = seq - 1 where practice_id = ${p.practice.id} and seq > 2`,
    );
    expect(await verifyAsOwner(p)).toMatchObject({ verified: false, seq: 2, problem: 'unlinked' });
  });

  it('shows a deleted first event', async () => {
    const p = await practiceWithEvents(2);
    await t.db
      .delete(auditEvents)
      .where(and(eq(auditEvents.practiceId, p.practice.id), eq(auditEvents.seq, 1)));
    expect(await verifyAsOwner(p)).toMatchObject({ verified: false, seq: 2, problem: 'missing' });
  });

  it('shows that the newest events were deleted, against a checkpoint that saw them', async () => {
    const p = await practiceWithEvents(5);
    await checkpoint(p);
    await t.db.execute(sql`delete from audit_events where practice_id = ${p.practice.id} and seq > 3`);
    expect(await verifyAsOwner(p)).toMatchObject({
      verified: false,
      events: 3,
      seq: 4,
      problem: 'truncated',
    });
  });

  it('shows a cut tail even after the app wrote new events in its place', async () => {
    const p = await practiceWithEvents(5);
    await checkpoint(p);
    await t.db.execute(sql`delete from audit_events where practice_id = ${p.practice.id} and seq > 3`);
    await recordMore(p, 3, 'after-the-cut');
    expect(await verifyAsOwner(p)).toMatchObject({ verified: false, events: 6, seq: 5, problem: 'diverged' });
  });

  it('cannot show events deleted before any checkpoint saw them (the documented limit)', async () => {
    const p = await practiceWithEvents(3);
    await checkpoint(p);
    await recordMore(p, 2, 'unseen');
    await t.db.execute(sql`delete from audit_events where practice_id = ${p.practice.id} and seq > 3`);
    expect(await verifyAsOwner(p)).toMatchObject({ verified: true, events: 3 });
  });

  it('shows every event after a point rewritten and rechained with the database’s own hash', async () => {
    const p = await practiceWithEvents(5);
    await checkpoint(p);
    await t.db.execute(sql`update audit_events set action = 'test.innocent'
      where practice_id = ${p.practice.id} and seq >= 3`);
    await rechainUnkeyed(p, 3);
    expect(await verifyAsOwner(p)).toMatchObject({ verified: false, seq: 3, problem: 'edited' });
  });

  it('shows the whole chain rewritten unkeyed, against its checkpoint', async () => {
    const p = await practiceWithEvents(3);
    await checkpoint(p);
    await t.db.execute(
      sql`update audit_events set action = 'test.innocent' where practice_id = ${p.practice.id}`,
    );
    await rechainUnkeyed(p, 1);
    expect(await verifyAsOwner(p)).toMatchObject({ verified: false, seq: 3, problem: 'diverged' });
  });

  it('shows a checkpoint moved back to hide a cut tail, or one removed from the middle', async () => {
    const p = await practiceWithEvents(5);
    await checkpoint(p);
    await t.db.execute(sql`delete from audit_events where practice_id = ${p.practice.id} and seq > 3`);
    const [three] = (await chainOf(p)).filter((e) => e.seq === 3);
    await t.db.execute(sql`update audit_checkpoints set seq = 3, hash = ${three?.hash ?? ''}
      where practice_id = ${p.practice.id}`);
    expect(await verifyAsOwner(p)).toMatchObject({ verified: false, seq: 3, problem: 'checkpoint' });

    const q = await practiceWithEvents(1);
    await checkpoint(q);
    await recordMore(q, 1, 'second');
    await checkpoint(q);
    await recordMore(q, 1, 'third');
    await checkpoint(q);
    await t.db.execute(sql`delete from audit_checkpoints where practice_id = ${q.practice.id} and n = 2`);
    expect(await verifyAsOwner(q)).toMatchObject({ verified: false, seq: 3, problem: 'checkpoint' });
  });
});

describe('the app role', () => {
  it.each([
    ['update', 'update audit_events set action = action'],
    ['update the hash', "update audit_events set hash = ''"],
    ['delete', 'delete from audit_events'],
    ['truncate', 'truncate audit_events'],
  ])('cannot %s audit events', async (_, statement) => {
    const p = await practiceWithEvents(1);
    const refused = await expectSqlError(
      withTenant(t.db, { practiceId: p.practice.id, userId: p.owner.user.id }, (tx) =>
        tx.execute(sql.raw(statement)),
      ),
    );
    expect(refused.code).toBe('42501');
    expect(await verifyAsOwner(p)).toMatchObject({ verified: true, events: 1 });
  });
});

// The hash chain, end to end in the database: the insert trigger numbers and chains each event,
// the verification finds an edit or a deletion done behind the app's back (owner connection),
// and the app role itself can neither rewrite nor forge the chain.
import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../../db/client';
import { auditEvents } from '../../../db/schema';
import { withTenant } from '../../../db/tenant';
import { makePractice, type TestPractice } from '../../../test/factories';
import { expectSqlError } from '../../../test/sql';
import { createTestDb } from '../../../test/test-db';
import { recordAudit } from './record-audit';
import { verifyAuditChain } from './verify-audit-chain';

let t: DbHandle;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

const meta = { ip: '127.0.0.1', userAgent: 'vitest' };

function record(p: TestPractice, userId: string, action: string) {
  return withTenant(t.db, { practiceId: p.practice.id, userId }, (tx) =>
    recordAudit(
      tx,
      { practiceId: p.practice.id, userId, meta },
      {
        action,
        targetType: 'practice',
        targetId: p.practice.id,
        metadata: { n: action },
      },
    ),
  );
}

async function practiceWithEvents(count: number) {
  const p = await makePractice(t.db);
  for (let i = 1; i <= count; i++) await record(p, p.owner.user.id, `test.event-${i}`);
  return p;
}

const chainOf = (p: TestPractice) =>
  t.db
    .select({
      seq: auditEvents.seq,
      prevHash: auditEvents.prevHash,
      hash: auditEvents.hash,
      id: auditEvents.id,
    })
    .from(auditEvents)
    .where(eq(auditEvents.practiceId, p.practice.id))
    .orderBy(asc(auditEvents.seq));

/** The app's own view: verification as the practice's owner, under RLS. */
const verifyAsOwner = (p: TestPractice, practiceId = p.practice.id) =>
  withTenant(t.db, { practiceId: p.practice.id, userId: p.owner.user.id }, (tx) =>
    verifyAuditChain(tx, practiceId),
  );

describe('the audit chain', () => {
  it('numbers each practice from 1 and links every event to the one before', async () => {
    const p = await practiceWithEvents(3);
    // A client's event joins the same chain, though a client cannot read the chain under RLS.
    await record(p, p.couple.partners[0].user.id, 'test.client-event');
    const chain = await chainOf(p);
    expect(chain.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(chain[0]?.prevHash).toBe('');
    for (let i = 1; i < chain.length; i++) expect(chain[i]?.prevHash).toBe(chain[i - 1]?.hash);
    expect(new Set(chain.map((e) => e.hash)).size).toBe(4);
    for (const e of chain) expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyAsOwner(p)).toEqual({ verified: true, events: 4 });
  });

  it('does not fork when a practice records events concurrently', async () => {
    const p = await makePractice(t.db);
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => record(p, p.owner.user.id, `test.concurrent-${i}`)),
    );
    const chain = await chainOf(p);
    expect(chain.map((e) => e.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(await verifyAsOwner(p)).toEqual({ verified: true, events: 12 });
  });

  it('ignores a seq or hash the writer supplies', async () => {
    const p = await practiceWithEvents(1);
    await withTenant(t.db, { practiceId: p.practice.id, userId: p.owner.user.id }, (tx) =>
      tx.insert(auditEvents).values({
        practiceId: p.practice.id,
        actorUserId: p.owner.user.id,
        action: 'test.forged',
        targetType: 'practice',
        seq: 99,
        prevHash: 'forged',
        hash: 'forged',
      }),
    );
    const chain = await chainOf(p);
    expect(chain.map((e) => e.seq)).toEqual([1, 2]);
    expect(chain[1]?.prevHash).toBe(chain[0]?.hash);
    expect(await verifyAsOwner(p)).toMatchObject({ verified: true });
  });

  it('keeps chains apart: one practice cannot see or verify another practice’s events', async () => {
    const a = await practiceWithEvents(2);
    const b = await practiceWithEvents(3);
    expect(await verifyAsOwner(a, b.practice.id)).toEqual({ verified: true, events: 0 });
    expect((await chainOf(b)).map((e) => e.seq)).toEqual([1, 2, 3]);
  });
});

describe('tampering behind the app (owner connection)', () => {
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

  it('shows an edit whose hash was recomputed at the next event, which no longer links', async () => {
    const p = await practiceWithEvents(4);
    await t.db.execute(sql`
      update audit_events set metadata = '{"n":"rewritten"}'::jsonb
      where practice_id = ${p.practice.id} and seq = 2`);
    await t.db.execute(sql`
      update audit_events a set hash = audit_event_hash(a)
      where practice_id = ${p.practice.id} and seq = 2`);
    expect(await verifyAsOwner(p)).toMatchObject({ verified: false, seq: 3, problem: 'unlinked' });
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
    expect(await verifyAsOwner(p)).toEqual({ verified: true, events: 1 });
  });
});

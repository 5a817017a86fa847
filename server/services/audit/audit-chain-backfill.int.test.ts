// Migration 0016's backfill, run again on rows recorded before the chain existed (seq 0, empty
// hashes): it numbers each practice's events in created_at, id order and chains them (unkeyed
// sha256, chain version 1) so that the verification accepts them; the first keyed event written
// afterwards links to the last legacy hash, and the keyed chain then guards the legacy rows too.
import { readFileSync } from 'node:fs';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { makePractice } from '@/test/factories';
import { createTestDb } from '@/test/test-db';
import { recordAudit } from './record-audit';
import { verifyAuditChain } from './verify-audit-chain';

let t: DbHandle;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

const backfill = readFileSync('db/migrations/0016_audit_hash_chain_trigger.sql', 'utf8')
  .split('--> statement-breakpoint')
  .map((chunk) => chunk.trim())
  .find((chunk) => chunk.includes('DO $$'));

it('chains existing events per practice in created_at, id order, and keyed events continue them', async () => {
  expect(backfill).toBeDefined();
  const practices = [await makePractice(t.db), await makePractice(t.db)];
  // As before migration 0016: no numbers, no hashes, no unique index, no trigger to check them.
  await t.db.execute(sql`drop index audit_events_practice_seq_idx`);
  await t.db.execute(sql`alter table audit_events disable trigger audit_events_check_chain`);
  // Recorded out of time order on purpose: the backfill orders by created_at, not by insert.
  const times = ['2026-01-03T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z'];
  for (const p of practices) {
    for (const time of times) {
      await t.db.insert(auditEvents).values({
        practiceId: p.practice.id,
        actorUserId: p.owner.user.id,
        action: `test.${time}`,
        targetType: 'practice',
        createdAt: new Date(time),
        seq: 0,
        prevHash: '',
        hash: '',
      });
    }
  }
  await t.db.execute(sql.raw(backfill ?? ''));
  await t.db.execute(
    sql`create unique index audit_events_practice_seq_idx on audit_events (practice_id, seq)`,
  );
  await t.db.execute(sql`alter table audit_events enable trigger audit_events_check_chain`);

  for (const p of practices) {
    const rows = await t.db
      .select({ seq: auditEvents.seq, action: auditEvents.action, chainVersion: auditEvents.chainVersion })
      .from(auditEvents)
      .where(eq(auditEvents.practiceId, p.practice.id))
      .orderBy(asc(auditEvents.seq));
    expect(rows).toEqual([
      { seq: 1, action: 'test.2026-01-01T00:00:00Z', chainVersion: 1 },
      { seq: 2, action: 'test.2026-01-02T00:00:00Z', chainVersion: 1 },
      { seq: 3, action: 'test.2026-01-03T00:00:00Z', chainVersion: 1 },
    ]);
    expect(await verifyAuditChain(t.db, p.practice.id)).toMatchObject({ verified: true, events: 3 });
  }
  // New events continue each chain, keyed; the first links to the last legacy hash.
  const [p, q] = practices;
  if (!p || !q) throw new Error('no practice');
  const meta = { ip: null, userAgent: null };
  await recordAudit(
    t.db,
    { practiceId: p.practice.id, userId: p.owner.user.id, meta },
    { action: 'test.after', targetType: 'practice' },
  );
  const chain = await t.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.practiceId, p.practice.id))
    .orderBy(asc(auditEvents.seq));
  expect(chain.map((e) => e.chainVersion)).toEqual([1, 1, 1, 2]);
  expect(chain[3]?.prevHash).toBe(chain[2]?.hash);
  expect(await verifyAuditChain(t.db, p.practice.id)).toMatchObject({ verified: true, events: 4 });

  // A legacy row rewritten and rehashed (the database can do that) breaks the keyed link after it.
  await t.db.execute(
    sql`update audit_events set action = 'test.innocent' where practice_id = ${p.practice.id} and seq = 3`,
  );
  await t.db.execute(
    sql`update audit_events a set hash = audit_event_hash(a) where practice_id = ${p.practice.id} and seq = 3`,
  );
  expect(await verifyAuditChain(t.db, p.practice.id)).toMatchObject({
    verified: false,
    seq: 4,
    problem: 'unlinked',
  });
  // An edited legacy row without a keyed event after it still shows as edited.
  await t.db.execute(
    sql`update audit_events set action = 'test.innocent' where practice_id = ${q.practice.id} and seq = 2`,
  );
  expect(await verifyAuditChain(t.db, q.practice.id)).toMatchObject({
    verified: false,
    seq: 2,
    problem: 'edited',
  });
});

// Migration 0016's backfill, run again on rows recorded before the chain existed (seq 0, empty
// hashes): it numbers each practice's events in created_at, id order and chains them so that the
// verification accepts them.
import { readFileSync } from 'node:fs';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DbHandle } from '../../../db/client';
import { auditEvents } from '../../../db/schema';
import { makePractice } from '../../../test/factories';
import { createTestDb } from '../../../test/test-db';
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

it('chains existing events per practice in created_at, id order', async () => {
  expect(backfill).toBeDefined();
  const practices = [await makePractice(t.db), await makePractice(t.db)];
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
      });
    }
  }
  // As before migration 0016: no numbers, no hashes, no unique index to keep them apart.
  await t.db.execute(sql`drop index audit_events_practice_seq_idx`);
  await t.db.execute(sql`update audit_events set seq = 0, prev_hash = '', hash = ''`);
  await t.db.execute(sql.raw(backfill ?? ''));
  await t.db.execute(
    sql`create unique index audit_events_practice_seq_idx on audit_events (practice_id, seq)`,
  );

  for (const p of practices) {
    const rows = await t.db
      .select({ seq: auditEvents.seq, action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.practiceId, p.practice.id))
      .orderBy(asc(auditEvents.seq));
    expect(rows).toEqual([
      { seq: 1, action: 'test.2026-01-01T00:00:00Z' },
      { seq: 2, action: 'test.2026-01-02T00:00:00Z' },
      { seq: 3, action: 'test.2026-01-03T00:00:00Z' },
    ]);
    expect(await verifyAuditChain(t.db, p.practice.id)).toEqual({ verified: true, events: 3 });
  }
  // New events continue each chain.
  const [p] = practices;
  if (!p) throw new Error('no practice');
  await t.db
    .insert(auditEvents)
    .values({ practiceId: p.practice.id, action: 'test.after', targetType: 'practice' });
  expect(await verifyAuditChain(t.db, p.practice.id)).toEqual({ verified: true, events: 4 });
});

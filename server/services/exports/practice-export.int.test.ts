// The practice export end to end: requested through the procedures, built by the worker's pass,
// read back from the ZIP. Completeness against the catalog (every tenant table registered, row
// counts equal to the database's), isolation (nothing of practice B in A's archive), decryption,
// secrets left out, idempotent requests, leases, expiry, download permission and audit.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type DbHandle, queryRows } from '@/db/client';
import { practiceExports, practiceSubscriptions } from '@/db/schema';
import { startExportWorker } from '@/server/jobs/exports/export-worker';
import { runExportPass } from '@/server/jobs/exports/run-export-job';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import { recordPracticeActivity } from '@/test/practice-activity';
import { leaksIn, markersOf } from '@/test/tenant-data';
import { createTestDb } from '@/test/test-db';
import { parseCsv } from '../audit/parse-csv';
import { recordAudit } from '../audit/record-audit';
import { verifyChain } from '../audit/verify-chain';
import { buildPracticeExport } from './build-practice-export';
import type { ExportManifest } from './export-manifest';
import { EXPORT_REGISTRY, missingRegistrations } from './export-registry';

let t: DbHandle;
let a: TestPractice;
let b: TestPractice;
let files: Record<string, string>;
let manifest: ExportManifest;
const countsAtExport: Record<string, number | undefined> = {};

const owner = (p: TestPractice) => callerFor(t.db, p.owner.user.id, p.practice.id);

/** Requests an export of `p`, runs worker passes until it is built, and unzips it. */
async function exportOf(p: TestPractice) {
  const { exportId } = await owner(p).exports.request();
  for (let i = 0; i < 5; i++) if ((await runExportPass(t.db)).built === 'none') break;
  // What the database held when the archive was made (the download below adds an audit event).
  for (const table of Object.keys(EXPORT_REGISTRY))
    countsAtExport[table] = await countIn(table, p.practice.id);
  const { zip } = await owner(p).exports.file({ exportId });
  const unzipped = unzipSync(zip);
  return {
    exportId,
    files: Object.fromEntries(Object.entries(unzipped).map(([name, bytes]) => [name, strFromU8(bytes)])),
  };
}

/** Tables that hold practice data, from the catalog: a practice_id column and row-level security. */
async function tenantTables(): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    t.db,
    sql`select c.relname as name from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = c.oid and a.attname = 'practice_id' and not a.attisdropped
      where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relrowsecurity order by 1`,
  );
  return rows.map((r) => r.name);
}

const countIn = async (table: string, practiceId: string) =>
  (
    await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from ${sql.identifier(table)} where practice_id = ${practiceId}`,
    )
  )[0]?.n;

beforeAll(async () => {
  t = await createTestDb();
  a = await makePractice(t.db, 'Practice A');
  b = await makePractice(t.db, 'Practice B');
  const activity = await recordPracticeActivity(t.db, a);
  await recordPracticeActivity(t.db, b);
  // A private answer of A's other partner, so the archive has one to withhold.
  await callerFor(t.db, a.couple.partners[1].user.id, a.practice.id, 'client').portal.homework.submit({
    assignmentId: activity.assignmentIds[0] ?? '',
    body: { kind: 'reflection', answers: ['A private thought kept-out-of-exports'] },
    visibility: 'private',
  });
  // A draft the same partner saved for the couple and never sent: staff never read drafts.
  const [library] = await queryRows<{ prompts: unknown[] }>(
    t.db,
    sql`select content->'prompts' as prompts from assignments where id = ${activity.assignmentIds[1] ?? ''}`,
  );
  await callerFor(t.db, a.couple.partners[1].user.id, a.practice.id, 'client').portal.homework.save({
    assignmentId: activity.assignmentIds[1] ?? '',
    body: {
      kind: 'reflection',
      answers: (library?.prompts ?? []).map(() => 'An unsent draft never-exported'),
    },
    visibility: 'couple',
  });
  ({ files } = await exportOf(a));
  manifest = JSON.parse(files['manifest.json'] ?? '{}');
}, 120_000);
afterAll(() => t?.close());

describe('completeness', () => {
  it('registers every tenant table of the catalog, and nothing that is not one', async () => {
    const tables = await tenantTables();
    expect(tables.length).toBeGreaterThan(10);
    // A new table with practice_id fails here with the line to add to the registry.
    expect(missingRegistrations(tables)).toEqual([]);
    expect(Object.keys(EXPORT_REGISTRY).filter((name) => !tables.includes(name))).toEqual([]);
  });

  it('has a folder with JSON and CSV per exported table, with the database’s row counts', async () => {
    const exported = Object.entries(EXPORT_REGISTRY).filter(([, rule]) => rule.kind === 'rows');
    for (const [table] of exported) {
      // The running export counts itself; every later change would show in the live count.
      const inDb = countsAtExport[table];
      const json = JSON.parse(files[`${table}/${table}.json`] ?? 'null') as unknown[];
      const csv = parseCsv(files[`${table}/${table}.csv`] ?? '');
      expect(json.length, `${table}.json`).toBe(inDb);
      expect(csv.length - 1, `${table}.csv`).toBe(inDb);
      expect(manifest.entities.find((e) => e.name === table)?.rows, `manifest ${table}`).toBe(inDb);
      // Not vacuous: the practice has rows of every kind (the export counts itself, as running).
      expect(inDb, `rows of ${table}`).toBeGreaterThan(0);
    }
    // The export files themselves, and the caseload's measure alerts (derived from measure_responses).
    expect(manifest.excluded.map((e) => e.table).sort()).toEqual([
      'couple_measure_alerts',
      'practice_export_files',
    ]);
  });

  it('says what it is in manifest.json, and holds the practice and its people', () => {
    expect(manifest).toMatchObject({
      format: 'ninefold-practice-export',
      formatVersion: 1,
      practice: { id: a.practice.id, name: 'Practice A' },
    });
    expect(Object.keys(manifest.notes)).toEqual(expect.arrayContaining(['layout', 'decryption', 'csv']));
    const people = JSON.parse(files['people/people.json'] ?? '[]') as { email: string }[];
    expect(people.map((p) => p.email)).toEqual(expect.arrayContaining([a.owner.user.email]));
    expect(files['couples/couples.csv']).toMatch(/^practice_id,id,counselor_id,/);
  });
});

describe('contents', () => {
  it('decrypts session notes, addenda and shared answers; withholds private answers and process notes', () => {
    const notes = JSON.parse(files['session_notes/session_notes.json'] ?? '[]');
    expect(notes[0].content.sections.data).toMatch(/^Both spoke /);
    expect(notes[0]).not.toHaveProperty('content_ciphertext');
    expect(JSON.parse(files['session_note_addenda/session_note_addenda.json'] ?? '[]')[0].body).toMatch(
      /^Later /,
    );
    const answers = JSON.parse(files['responses/responses.json'] ?? '[]') as Record<string, unknown>[];
    expect(answers.find((r) => r.visibility === 'couple' && r.status === 'submitted')?.body).toMatchObject({
      kind: 'reflection',
    });
    expect(answers.find((r) => r.visibility === 'private')).toMatchObject({ body: null });
    const everything = Object.values(files).join('\n');
    expect(everything).not.toContain('kept-out-of-exports');
    expect(everything).not.toMatch(/Mine [0-9a-f]{8}/);
    for (const [name, text] of Object.entries(files))
      if (name !== 'manifest.json') expect(text, name).not.toContain('ciphertext');
  });

  it('withholds unsent drafts, whatever their visibility, as staff never read them in the app', () => {
    const answers = JSON.parse(files['responses/responses.json'] ?? '[]') as Record<string, unknown>[];
    const drafts = answers.filter((r) => r.status === 'draft');
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ visibility: 'couple', body: null, body_withheld: 'draft (not sent)' });
    expect(files['responses/responses.csv']).not.toContain('never-exported');
    expect(Object.values(files).join('\n')).not.toContain('never-exported');
  });

  it('decrypts each partner’s safety check-ins and the counselor’s acknowledgement notes', () => {
    const checkIns = JSON.parse(files['safety_check_ins/safety_check_ins.json'] ?? '[]');
    expect(checkIns[0]).toMatchObject({
      answers: { afraid: 'yes' },
      note: expect.stringMatching(/^Privately /),
    });
    const flags = JSON.parse(files['safety_flags/safety_flags.json'] ?? '[]');
    expect(flags[0].note).toMatch(/^Called /);
  });

  it('carries a checkpoint of the audit chain’s head written for it, which the archived chain verifies against', async () => {
    const events = JSON.parse(files['audit_events/audit_events.json'] ?? '[]') as Record<string, unknown>[];
    const checkpoints = JSON.parse(files['audit_checkpoints/audit_checkpoints.json'] ?? '[]') as Record<
      string,
      unknown
    >[];
    const newest = checkpoints.at(-1);
    expect(manifest.auditCheckpoint).toEqual(newest);
    expect(Number(newest?.seq)).toBe(Math.max(...events.map((e) => Number(e.seq))));
    // Anyone holding the key can check the archive on its own, with the app's verification.
    const key = Buffer.from(process.env.AUDIT_CHAIN_KEY ?? '', 'base64url');
    const asEvent = (e: Record<string, unknown>) => ({
      practiceId: String(e.practice_id),
      id: String(e.id),
      seq: Number(e.seq),
      prevHash: String(e.prev_hash),
      hash: String(e.hash),
      chainVersion: Number(e.chain_version),
      actorUserId: (e.actor_user_id as string | null) ?? null,
      action: String(e.action),
      targetType: String(e.target_type),
      targetId: (e.target_id as string | null) ?? null,
      ip: (e.ip as string | null) ?? null,
      userAgent: (e.user_agent as string | null) ?? null,
      metadata: e.metadata ?? null,
      createdAt: new Date(String(e.created_at)),
      legacyHash: null,
    });
    const asCheckpoint = (c: Record<string, unknown>) => ({
      practiceId: String(c.practice_id),
      n: Number(c.n),
      seq: Number(c.seq),
      hash: String(c.hash),
      mac: String(c.mac),
      createdAt: new Date(String(c.created_at)),
    });
    expect(verifyChain(key, events.map(asEvent), checkpoints.map(asCheckpoint))).toMatchObject({
      verified: true,
      events: events.length,
    });
    // The archive's checkpoint shows a tail cut later, even with every later checkpoint gone.
    expect(verifyChain(key, events.slice(0, -1).map(asEvent), checkpoints.map(asCheckpoint))).toMatchObject({
      verified: false,
      problem: 'truncated',
    });
  });

  it('leaves out secrets: invitation token hashes, password hashes', async () => {
    const hashes = await queryRows<{ h: string }>(
      t.db,
      sql`select token_hash as h from invitations where practice_id = ${a.practice.id}`,
    );
    expect(hashes.length).toBeGreaterThan(0);
    const everything = Object.values(files).join('\n');
    for (const { h } of hashes) expect(everything).not.toContain(h);
    const data = Object.entries(files).filter(([name]) => name !== 'manifest.json');
    for (const [name, text] of data) expect(text, name).not.toMatch(/token_hash|password_hash|secret/);
  });

  it('contains nothing of practice B: no id, no name, no word of its rows, in any file', async () => {
    const markers = await markersOf(t.db, b.practice.id, [a.practice.id]);
    expect(markers.ids.length).toBeGreaterThan(20);
    for (const [name, text] of Object.entries(files)) expect(leaksIn(text, markers), name).toEqual([]);
  });
});

describe('the job', () => {
  it('answers a second request with the export in the making, and makes a new one once it is done', async () => {
    const first = await owner(b).exports.request();
    const again = await owner(b).exports.request();
    expect(again).toEqual({ exportId: first.exportId, created: false });
    const listed = await owner(b).exports.find();
    expect(listed.items[0]).toMatchObject({ id: first.exportId, status: 'queued', progressDone: 0 });
    await runExportPass(t.db);
    const done = (await owner(b).exports.find()).items[0];
    expect(done).toMatchObject({ id: first.exportId, status: 'ready' });
    expect(done?.progressDone).toBe(done?.progressTotal);
    expect((await owner(b).exports.request()).created).toBe(true);
    await runExportPass(t.db);
  });

  it('takes up a job again when its worker stopped holding it, and gives up after three tries', async () => {
    const { exportId } = await owner(b).exports.request();
    const now = Date.now();
    // A worker claimed it and died: its lease ran out a second ago.
    await t.db.execute(
      sql`update practice_exports set status = 'running', attempts = 1, lease_until = ${new Date(now - 1000).toISOString()}
        where id = ${exportId}`,
    );
    expect(await runExportPass(t.db)).toMatchObject({ built: 'ready' });
    const { exportId: doomed } = await owner(b).exports.request();
    await t.db.execute(
      sql`update practice_exports set status = 'running', attempts = 3, lease_until = ${new Date(now - 1000).toISOString()}
        where id = ${doomed}`,
    );
    expect(await runExportPass(t.db)).toMatchObject({ built: 'failed' });
    const failed = (await owner(b).exports.find()).items.find((x) => x.id === doomed);
    expect(failed).toMatchObject({ status: 'failed', error: expect.stringMatching(/stopped 3 times/) });
  });

  it('does not let a worker whose lease lapsed write over the one that took the job over', async () => {
    const { exportId } = await owner(b).exports.request();
    // This pass's clock runs far ahead: each lease it takes has lapsed for the next pass.
    const pass = runExportPass(t.db, { leaseMs: 1, now: () => new Date(Date.now() - 60_000) });
    const other = runExportPass(t.db);
    const outcomes = (await Promise.all([pass, other])).map((x) => x.built).sort();
    expect(outcomes).toContain('ready');
    const [row] = await t.db
      .select({ status: practiceExports.status })
      .from(practiceExports)
      .where(sql`id = ${exportId}`);
    expect(row?.status).toBe('ready');
    expect(await countIn('practice_export_files', b.practice.id)).toBeGreaterThan(0);
  });
});

describe('the worker loop', () => {
  it('builds a requested export by itself, and stops when asked', async () => {
    const worker = startExportWorker(t.db, { pollMs: 50, snapshot: t.driver === 'postgres' });
    try {
      const { exportId } = await owner(b).exports.request();
      await vi.waitFor(
        async () => {
          const item = (await owner(b).exports.find()).items.find((x) => x.id === exportId);
          expect(item?.status).toBe('ready');
        },
        { timeout: 30_000, interval: 100 },
      );
    } finally {
      await worker.stop();
    }
  });
});

describe('on Postgres', () => {
  it.skipIf(!process.env.DATABASE_URL)(
    'reads the whole archive in one snapshot: a write during the build is not in it',
    async () => {
      const before = await countIn('audit_events', a.practice.id);
      const built = await t.db.transaction(
        (tx) =>
          buildPracticeExport(
            tx,
            { practiceId: a.practice.id, exportId: randomUUID(), now: new Date() },
            async (done) => {
              // Written on another connection of the pool while the build reads.
              if (done === 1)
                await recordAudit(
                  t.db,
                  { practiceId: a.practice.id, userId: a.owner.user.id, meta: { ip: null, userAgent: null } },
                  { action: 'test.during', targetType: 'practice' },
                );
            },
          ),
        { isolationLevel: 'repeatable read', accessMode: 'read only' },
      );
      expect(await countIn('audit_events', a.practice.id)).toBe((before ?? 0) + 1);
      expect(built.manifest.entities.find((e) => e.name === 'audit_events')?.rows).toBe(before);
    },
  );
});

describe('who may', () => {
  it('lets owners and admins download, audited; refuses counselors and clients', async () => {
    const ready = (await owner(a).exports.find()).items.find((x) => x.status === 'ready');
    if (!ready) throw new Error('no ready export');
    const admin = callerFor(t.db, a.admin.user.id, a.practice.id);
    expect((await admin.exports.file({ exportId: ready.id })).zip.byteLength).toBeGreaterThan(100);
    const counselor = callerFor(t.db, a.counselor.user.id, a.practice.id);
    await expect(counselor.exports.file({ exportId: ready.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(counselor.exports.request()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const client = callerFor(t.db, a.couple.partners[0].user.id, a.practice.id, 'client');
    await expect(client.exports.find()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const audited = await queryRows<{ actor: string }>(
      t.db,
      sql`select actor_user_id as actor from audit_events
        where practice_id = ${a.practice.id} and action = 'export.downloaded' and target_id = ${ready.id}`,
    );
    expect(audited.map((x) => x.actor)).toEqual(expect.arrayContaining([a.owner.user.id, a.admin.user.id]));
  });

  it('finds no file of another practice’s export', async () => {
    const ofA = (await owner(a).exports.find()).items[0];
    await expect(owner(b).exports.file({ exportId: ofA?.id ?? '' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('still exports when the subscription is canceled (read-only practice)', async () => {
    await t.db.execute(
      sql`delete from practice_exports where practice_id = ${b.practice.id} and status in ('queued', 'running')`,
    );
    await t.db
      .update(practiceSubscriptions)
      .set({ status: 'canceled' })
      .where(sql`practice_id = ${b.practice.id}`);
    const { exportId, created } = await owner(b).exports.request();
    expect(created).toBe(true);
    await runExportPass(t.db);
    expect((await owner(b).exports.file({ exportId })).zip.byteLength).toBeGreaterThan(100);
  });
});

describe('expiry', () => {
  it('deletes files a week after they were made and lists the export as expired', async () => {
    const before = await countIn('practice_export_files', b.practice.id);
    const pass = await runExportPass(t.db, {
      leaseMs: 60_000,
      now: () => new Date(Date.now() + 8 * 86_400_000),
    });
    expect(pass.expired).toBeGreaterThan(0);
    expect(await countIn('practice_export_files', b.practice.id)).toBe(0);
    expect(before).toBeGreaterThan(0);
    const items = (await owner(b).exports.find()).items;
    expect(items.filter((x) => x.status === 'ready')).toEqual([]);
    expect(items.some((x) => x.status === 'expired')).toBe(true);
  });
});

// The audit viewer's procedures and CSV route over a real database: filters, keyset paging,
// CSV escaping as a spreadsheet would read it, who may see the log, and one practice's export
// holding nothing of another's.
import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditExportResponse } from '@/app/(staff)/p/[practiceId]/audit/export/audit-export-response';
import { type DbHandle, queryRows } from '@/db/client';
import { counselingSessions } from '@/db/schema';
import { withTenant } from '@/db/tenant';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import { createTestDb } from '@/test/test-db';
import { AUDIT_PAGE_SIZE } from './find-audit-events';
import { parseKeptCheckpoint } from './kept-checkpoint';
import { parseCsv } from './parse-csv';
import { type AuditEntry, recordAudit } from './record-audit';
import { writeAuditCheckpoint } from './write-audit-checkpoints';

let t: DbHandle;
let a: TestPractice;
let b: TestPractice;

const PAGING_EVENTS = 120;
const EVIL_AGENT = 'Evil, "agent"\nsecond line';
const EVIL_TARGET = '=HYPERLINK("http://x.test","y")';

function record(
  p: TestPractice,
  userId: string,
  entries: (AuditEntry & { createdAt?: Date })[],
  agent = 'vitest',
) {
  return withTenant(t.db, { practiceId: p.practice.id, userId }, async (tx) => {
    for (const { createdAt, ...entry } of entries) {
      const meta = createdAt ? { ip: null, userAgent: null } : { ip: '@10.0.0.1', userAgent: agent };
      await recordAudit(tx, { practiceId: p.practice.id, userId, meta }, entry, createdAt);
    }
  });
}

async function seed(p: TestPractice, tag: string) {
  const [session] = await t.db
    .insert(counselingSessions)
    .values({
      practiceId: p.practice.id,
      coupleId: p.couple.couple.id,
      counselorId: p.counselor.membership.id,
      createdById: p.counselor.membership.id,
      startsAt: new Date('2026-03-10T15:00:00Z'),
      durationMinutes: 50,
      format: 'video',
    })
    .returning();
  if (!session) throw new Error('no session');
  await record(
    p,
    p.owner.user.id,
    Array.from({ length: PAGING_EVENTS }, (_, i) => ({
      action: 'test.paging',
      targetType: 'practice',
      targetId: `${tag}-${i}`,
    })),
  );
  await record(p, p.admin.user.id, [
    {
      action: 'team.invited',
      targetType: 'invitation',
      targetId: `${tag}-invite`,
      metadata: { role: 'counselor' },
    },
    {
      action: 'couple.reassigned',
      targetType: 'couple',
      targetId: p.couple.couple.id,
      metadata: { from: 'x', to: 'y' },
    },
    {
      action: 'session.rescheduled',
      targetType: 'counseling_session',
      targetId: `${tag}-session`,
      metadata: { coupleId: p.couple.couple.id },
    },
    { action: 'couple.reassigned', targetType: 'couple', targetId: p.otherCouple.couple.id },
    { action: 'session.created', targetType: 'counseling_session', targetId: session.id },
    {
      action: 'note.read',
      targetType: 'session_note',
      targetId: `${tag}-note`,
      metadata: { sessionId: session.id },
    },
    { action: 'portal.data_exported', targetType: 'partner', targetId: p.couple.partners[1].partner.id },
    { action: 'test.dated', targetType: 'practice', createdAt: new Date('2026-03-01T23:59:59Z') },
    { action: 'test.dated', targetType: 'practice', createdAt: new Date('2026-03-02T00:00:00Z') },
    { action: 'test.dated', targetType: 'practice', createdAt: new Date('2026-03-03T23:59:59Z') },
    { action: 'test.dated', targetType: 'practice', createdAt: new Date('2026-03-04T00:00:00Z') },
  ]);
  await record(
    p,
    p.counselor.user.id,
    [{ action: '-2+3', targetType: 'practice', targetId: EVIL_TARGET }],
    EVIL_AGENT,
  );
}

beforeAll(async () => {
  t = await createTestDb();
  a = await makePractice(t.db, 'Practice A');
  b = await makePractice(t.db, 'Practice B');
  await seed(a, 'a');
  await seed(b, 'b');
  await record(b, b.owner.user.id, [
    { action: 'test.b-only', targetType: 'practice', targetId: 'b-secret' },
    // Names a couple of practice A: B's log must not learn its name.
    { action: 'test.foreign-couple', targetType: 'practice', metadata: { coupleId: a.couple.couple.id } },
  ]);
});
afterAll(() => t?.close());

const ownerOf = (p: TestPractice) => callerFor(t.db, p.owner.user.id, p.practice.id);
const adminOf = (p: TestPractice) => callerFor(t.db, p.admin.user.id, p.practice.id);

describe('audit.find', () => {
  it('pages newest first, 50 at a time, without gaps or repeats', async () => {
    const api = ownerOf(a);
    const seen: number[] = [];
    let before: number | undefined;
    for (let page = 0; page < 10; page++) {
      const { items, nextBeforeSeq } = await api.audit.find({ action: 'test.paging', beforeSeq: before });
      expect(items.length).toBeLessThanOrEqual(AUDIT_PAGE_SIZE);
      seen.push(...items.map((e) => e.seq));
      if (nextBeforeSeq === null) break;
      before = nextBeforeSeq;
    }
    expect(seen).toHaveLength(PAGING_EVENTS);
    expect(seen).toEqual([...seen].sort((x, y) => y - x));
    expect(new Set(seen).size).toBe(PAGING_EVENTS);
  });

  it('filters by person', async () => {
    const { items } = await adminOf(a).audit.find({ actorUserId: a.counselor.user.id });
    expect(items.map((e) => e.action)).toEqual(['-2+3']);
    expect(items[0]?.actorName).toBe(a.counselor.user.name);
  });

  it('filters by action', async () => {
    const { items } = await ownerOf(a).audit.find({ action: 'team.invited' });
    expect(items.map((e) => e.targetId)).toEqual(['a-invite']);
  });

  it('filters by couple: events about the couple or naming it, not about another couple', async () => {
    const { items } = await ownerOf(a).audit.find({ coupleId: a.couple.couple.id });
    expect(items.map((e) => e.action).sort()).toEqual([
      'couple.reassigned',
      'note.read',
      'portal.data_exported',
      'session.created',
      'session.rescheduled',
    ]);
    expect(items.find((e) => e.action === 'couple.reassigned')?.targetId).toBe(a.couple.couple.id);
  });

  it('says each action in words, and names the couple an entry concerns, within the practice only', async () => {
    const { items } = await ownerOf(a).audit.find({});
    const coupleOf = (action: string) => items.filter((e) => e.action === action).map((e) => e.couple?.name);
    const [first, second] = a.couple.partners.map((x) => x.partner.displayName);
    const name = `${first} & ${second}`;
    const other = a.otherCouple.partners.map((x) => x.partner.displayName).join(' & ');
    expect(coupleOf('couple.reassigned').sort()).toEqual([name, other].sort());
    for (const action of ['session.rescheduled', 'session.created', 'note.read', 'portal.data_exported'])
      expect(coupleOf(action), action).toEqual([name]);
    expect(items.find((e) => e.action === 'note.read')).toMatchObject({
      actionLabel: 'Read a session note',
      couple: { id: a.couple.couple.id, name },
    });
    expect(coupleOf('team.invited')).toEqual([undefined]);
    // Another practice's couple, named in metadata, is not looked up across the wall.
    const inB = (await ownerOf(b).audit.find({ action: 'test.foreign-couple' })).items;
    expect(inB).toHaveLength(1);
    expect(inB[0]?.couple).toBeNull();
    expect(JSON.stringify(inB)).not.toContain(first);
  });

  it('filters by date range, from inclusive and to exclusive', async () => {
    const { items } = await ownerOf(a).audit.find({
      action: 'test.dated',
      from: new Date('2026-03-02T00:00:00Z'),
      to: new Date('2026-03-04T00:00:00Z'),
    });
    expect(items.map((e) => e.createdAt.toISOString()).sort()).toEqual([
      '2026-03-02T00:00:00.000Z',
      '2026-03-03T23:59:59.000Z',
    ]);
  });

  it('finds nothing of another practice, even by its people or couples', async () => {
    const api = ownerOf(a);
    expect((await api.audit.find({ actorUserId: b.owner.user.id })).items).toEqual([]);
    expect((await api.audit.find({ coupleId: b.couple.couple.id })).items).toEqual([]);
    expect((await api.audit.find({ action: 'test.b-only' })).items).toEqual([]);
  });
});

describe('audit.filterOptions and audit.verifyChain', () => {
  it('offers this practice’s people, actions and couples only', async () => {
    const options = await ownerOf(a).audit.filterOptions();
    expect(options.people.map((p) => p.userId).sort()).toEqual(
      [a.owner.user.id, a.admin.user.id, a.counselor.user.id].sort(),
    );
    expect(options.actions).toContainEqual({ action: 'team.invited', label: 'Invited a team member' });
    expect(options.actions.map((o) => o.action)).not.toContain('test.b-only');
    expect(options.couples.map((c) => c.coupleId).sort()).toEqual(
      [a.couple.couple.id, a.secondCouple.couple.id, a.otherCouple.couple.id].sort(),
    );
    expect(options.couples.find((c) => c.coupleId === a.couple.couple.id)?.name).toBe(
      `${a.couple.partners[0].partner.displayName} & ${a.couple.partners[1].partner.displayName}`,
    );
  });

  it('reports the practice’s chain verified, against the checkpoint the worker wrote', async () => {
    expect(await adminOf(a).audit.verifyChain()).toEqual({
      verified: true,
      events: PAGING_EVENTS + 12,
      checkpoints: 0,
      newestCheckpoint: null,
    });
    const at = new Date();
    await writeAuditCheckpoint(t.db, a.practice.id, at);
    expect(await adminOf(a).audit.verifyChain()).toEqual({
      verified: true,
      events: PAGING_EVENTS + 12,
      checkpoints: 1,
      newestCheckpoint: { n: 1, seq: PAGING_EVENTS + 12, createdAt: at },
    });
  });

  it('checks against a checkpoint kept from an export, which shows a tail cut with its checkpoints', async () => {
    const c = await makePractice(t.db, 'Practice K');
    await record(c, c.owner.user.id, [
      { action: 'test.one', targetType: 'practice' },
      { action: 'test.two', targetType: 'practice' },
    ]);
    await writeAuditCheckpoint(t.db, c.practice.id, new Date());
    const [row] = await queryRows<{ r: Record<string, unknown> }>(
      t.db,
      sql`select row_to_json(x) as r from audit_checkpoints x where practice_id = ${c.practice.id}`,
    );
    const kept = parseKeptCheckpoint(JSON.stringify(row?.r));
    if (!kept) throw new Error('the exported row is not a checkpoint');
    expect(await adminOf(c).audit.verifyChain({ kept })).toMatchObject({ verified: true, checkpoints: 1 });
    // Someone with the database deletes the newest event and the checkpoint that saw it.
    await t.db.execute(sql`delete from audit_events where practice_id = ${c.practice.id} and seq = 2`);
    await t.db.execute(sql`delete from audit_checkpoints where practice_id = ${c.practice.id}`);
    expect(await adminOf(c).audit.verifyChain()).toMatchObject({ verified: true, events: 1 });
    expect(await adminOf(c).audit.verifyChain({ kept })).toMatchObject({
      verified: false,
      seq: 2,
      problem: 'truncated',
    });
    // Another practice's checkpoint proves nothing here.
    expect(await adminOf(a).audit.verifyChain({ kept })).toMatchObject({
      verified: false,
      problem: 'checkpoint',
    });
  });

  it('reports a cut tail, which the chain alone would not show', async () => {
    const c = await makePractice(t.db, 'Practice C');
    await record(c, c.owner.user.id, [
      { action: 'test.one', targetType: 'practice' },
      { action: 'test.two', targetType: 'practice' },
    ]);
    await writeAuditCheckpoint(t.db, c.practice.id, new Date());
    await t.db.execute(sql`delete from audit_events where practice_id = ${c.practice.id} and seq = 2`);
    expect(await adminOf(c).audit.verifyChain()).toMatchObject({
      verified: false,
      events: 1,
      seq: 2,
      eventId: null,
      problem: 'truncated',
    });
  });
});

describe('CSV export', () => {
  async function exportOf(api: ReturnType<typeof ownerOf>, query = '') {
    const response = await auditExportResponse(
      api,
      new URLSearchParams(query),
      new Date('2026-05-01T12:00:00Z'),
    );
    return { response, body: await response.text() };
  }

  it('downloads the filtered events as CSV that reads back to the stored values, formulas disarmed', async () => {
    const { response, body } = await exportOf(ownerOf(a), `person=${a.counselor.user.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="audit-log-2026-05-01.csv"',
    );
    const [header, ...rows] = parseCsv(body);
    expect(header).toEqual([
      'seq',
      'time_utc',
      'person_id',
      'person',
      'action',
      'target_type',
      'target_id',
      'ip',
      'user_agent',
      'metadata',
      'hash',
      'action_label',
    ]);
    expect(rows).toHaveLength(1);
    const row = Object.fromEntries(header?.map((h, i) => [h, rows[0]?.[i]]) ?? []);
    expect(row).toMatchObject({
      person_id: a.counselor.user.id,
      action: "'-2+3",
      target_id: `'${EVIL_TARGET}`,
      ip: "'@10.0.0.1",
      user_agent: EVIL_AGENT,
    });
    expect(body).toContain(`"'=HYPERLINK(""http://x.test"",""y"")"`);
  });

  it('applies the date filter by UTC day, "to" including its day', async () => {
    const { body } = await exportOf(adminOf(a), 'action=test.dated&from=2026-03-02&to=2026-03-03');
    const rows = parseCsv(body).slice(1);
    expect(rows.map((r) => r[1])).toEqual(['2026-03-02T00:00:00.000Z', '2026-03-03T23:59:59.000Z']);
  });

  it('exports metadata as ids and flags, and every event of the practice unfiltered', async () => {
    const { body } = await exportOf(ownerOf(a));
    const rows = parseCsv(body).slice(1);
    expect(rows).toHaveLength(PAGING_EVENTS + 12);
    expect(rows.map((r) => Number(r[0]))).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
    expect(rows.find((r) => r[4] === 'team.invited')?.[9]).toBe('{"role":"counselor"}');
  });

  it('holds nothing of another practice', async () => {
    const { body } = await exportOf(ownerOf(a));
    for (const secret of [
      b.practice.id,
      b.owner.user.id,
      b.admin.user.id,
      b.counselor.user.id,
      b.couple.couple.id,
      'b-secret',
      'b-invite',
      'test.b-only',
    ]) {
      expect(body).not.toContain(secret);
    }
    expect(body).toContain('a-invite');
  });

  it('refuses counselors and clients (403), and answers 401 without a session', async () => {
    expect((await exportOf(callerFor(t.db, a.counselor.user.id, a.practice.id))).response.status).toBe(403);
    const client = a.couple.partners[0].user.id;
    expect((await exportOf(callerFor(t.db, client, a.practice.id, 'client'))).response.status).toBe(403);
    expect((await exportOf(callerFor(t.db, client, a.practice.id, 'staff'))).response.status).toBe(403);
    expect((await exportOf(callerFor(t.db, null, a.practice.id))).response.status).toBe(401);
    // The owner of another practice, asking for this one.
    expect([403, 404]).toContain(
      (await exportOf(callerFor(t.db, b.owner.user.id, a.practice.id))).response.status,
    );
  });

  it('refuses an invalid filter with 400', async () => {
    const { response } = await exportOf(ownerOf(a), 'from=2026-02-30');
    expect(response.status).toBe(400);
  });

  it('leaves the procedure itself closed to counselors', async () => {
    await expect(
      callerFor(t.db, a.counselor.user.id, a.practice.id).audit.exportCsv({}),
    ).rejects.toBeInstanceOf(TRPCError);
  });
});

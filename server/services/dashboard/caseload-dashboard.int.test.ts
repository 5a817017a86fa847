// The caseload dashboard on a hand-built practice: every figure checked against what was built,
// who may see which couples, filters, sorts, pages, and the statement count per call.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import {
  assignments,
  counselingSessions,
  coupleMeasureAlerts,
  couples,
  responses,
  type SessionStatus,
  sessionNotes,
} from '@/db/schema';
import { countingDb } from '@/test/counting-db';
import { callerFor, makeCouple, makeMember, makePractice, type TestPractice } from '@/test/factories';
import { exerciseContent } from '@/test/homework-fixtures';
import { createTestDb } from '@/test/test-db';

let t: DbHandle;
let p: TestPractice;

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms);
const ahead = (ms: number) => new Date(Date.now() + ms);
/** A calendar date `days` from today in the practice's zone (the default, America/New_York). */
const practiceDay = (days: number) => {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date());
  return new Date(Date.parse(`${today}T12:00:00Z`) + days * DAY).toISOString().slice(0, 10);
};

async function session(coupleId: string, counselorId: string, startsAt: Date, status: SessionStatus) {
  const [row] = await t.db
    .insert(counselingSessions)
    .values({
      practiceId: p.practice.id,
      coupleId,
      counselorId,
      createdById: counselorId,
      startsAt,
      durationMinutes: 50,
      format: 'in-person',
      status,
    })
    .returning();
  if (!row) throw new Error('no session');
  return row;
}

async function note(sessionId: string, coupleId: string, signedAt: Date | null) {
  await t.db.insert(sessionNotes).values({
    practiceId: p.practice.id,
    sessionId,
    coupleId,
    authorId: p.counselor.membership.id,
    template: 'dap',
    contentCiphertext: 'not read by the dashboard',
    signedAt,
  });
}

type Homework = {
  dueOn: string;
  partnerId?: string;
  together?: boolean;
  cancelled?: boolean;
};

async function homework(coupleId: string, h: Homework) {
  const content = exerciseContent('reflection', h.together ? { participation: 'together' } : {});
  const [row] = await t.db
    .insert(assignments)
    .values({
      practiceId: p.practice.id,
      coupleId,
      partnerId: h.partnerId ?? null,
      assignedById: p.counselor.membership.id,
      behavior: 'compassion',
      kind: 'reflection',
      title: content.title,
      content,
      dueOn: h.dueOn,
      cancelledAt: h.cancelled ? ago(HOUR) : null,
    })
    .returning();
  if (!row) throw new Error('no assignment');
  return row.id;
}

async function answer(
  assignmentId: string,
  coupleId: string,
  partnerId: string | null,
  a: { submittedAt?: Date; updatedAt: Date; visibility?: 'private' | 'counselor' },
) {
  await t.db.insert(responses).values({
    practiceId: p.practice.id,
    assignmentId,
    coupleId,
    partnerId,
    status: a.submittedAt ? 'submitted' : 'draft',
    visibility: a.visibility ?? 'counselor',
    bodyCiphertext: 'not read by the dashboard',
    submittedAt: a.submittedAt ?? null,
    updatedAt: a.updatedAt,
  });
}

const counselor = () => callerFor(t.db, p.counselor.user.id, p.practice.id);
const owner = () => callerFor(t.db, p.owner.user.id, p.practice.id);

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
  const c1 = p.couple.couple.id;
  const [a, b] = [p.couple.partners[0].partner.id, p.couple.partners[1].partner.id];
  const me = p.counselor.membership.id;

  // Couple 1: sessions 14 and 2 days ago (attended), one cancelled yesterday, two ahead.
  const old = await session(c1, me, ago(14 * DAY), 'attended');
  await note(old.id, c1, null); // a draft note: unsigned
  const week = await session(c1, me, ago(7 * DAY), 'attended');
  await note(week.id, c1, ago(6 * DAY)); // signed
  await session(c1, me, ago(2 * DAY), 'attended'); // no note yet: unsigned
  await session(c1, me, ago(1 * DAY), 'cancelled');
  await session(c1, me, ahead(1 * DAY), 'cancelled');
  await session(c1, me, ahead(3 * DAY), 'scheduled');
  await session(c1, me, ahead(10 * DAY), 'scheduled');

  // H1 both, overdue: A sent after the last session, B nothing.
  const h1 = await homework(c1, { dueOn: practiceDay(-3) });
  await answer(h1, c1, a, { submittedAt: ago(DAY), updatedAt: ago(DAY) });
  // H2 for A only, overdue: a draft only.
  const h2 = await homework(c1, { dueOn: practiceDay(-5), partnerId: a });
  await answer(h2, c1, a, { updatedAt: ago(12 * DAY) });
  // H3 together, past due, sent (before the last session): done for both.
  const h3 = await homework(c1, { dueOn: practiceDay(-4), together: true });
  await answer(h3, c1, null, { submittedAt: ago(3 * DAY), updatedAt: ago(3 * DAY) });
  // H4 both, due in 3 days: A sent an hour ago.
  const h4 = await homework(c1, { dueOn: practiceDay(3) });
  await answer(h4, c1, a, { submittedAt: ago(HOUR), updatedAt: ago(HOUR) });
  // H5 cancelled: ignored.
  await homework(c1, { dueOn: practiceDay(2), cancelled: true });
  // H6 both, due today: due, not overdue.
  await homework(c1, { dueOn: practiceDay(0) });
  // H7 both, past due, both sent: A privately half an hour ago, B before the last session.
  const h7 = await homework(c1, { dueOn: practiceDay(-2) });
  await answer(h7, c1, a, { submittedAt: ago(HOUR / 2), updatedAt: ago(HOUR / 2), visibility: 'private' });
  await answer(h7, c1, b, { submittedAt: ago(5 * DAY), updatedAt: ago(5 * DAY) });

  // Couple 2: in care for 20 days, nothing done: quiet.
  await t.db
    .update(couples)
    .set({ createdAt: ago(20 * DAY) })
    .where(eq(couples.id, p.secondCouple.couple.id));
  // Couple 3 (the other counselor's): last touched 11 days ago: quiet.
  const c3 = p.otherCouple.couple.id;
  await t.db
    .update(couples)
    .set({ createdAt: ago(40 * DAY) })
    .where(eq(couples.id, c3));
  const h8 = await homework(c3, { dueOn: practiceDay(-12), partnerId: p.otherCouple.partners[0].partner.id });
  await answer(h8, c3, p.otherCouple.partners[0].partner.id, {
    submittedAt: ago(11 * DAY),
    updatedAt: ago(11 * DAY),
  });
});
afterAll(() => t?.close());

describe('dashboard.caseload', () => {
  it('gives each figure of a couple as built', async () => {
    const page = await counselor().dashboard.caseload({});
    expect(page.total).toBe(2);
    const [first, second] = page.rows;
    expect(first?.id).toBe(p.couple.couple.id);
    expect(first).toMatchObject({
      homeworkDue: 2,
      overdue: 2,
      unsignedNotes: 2,
      quiet: false,
      counselorId: p.counselor.membership.id,
      counselorName: p.counselor.user.name,
    });
    expect(Math.abs((first?.nextSessionAt?.getTime() ?? 0) - ahead(3 * DAY).getTime())).toBeLessThan(HOUR);
    expect(Math.abs((first?.lastSessionAt?.getTime() ?? 0) - ago(2 * DAY).getTime())).toBeLessThan(HOUR);
    expect(Math.abs((first?.lastActivityAt?.getTime() ?? 0) - ago(HOUR / 2).getTime())).toBeLessThan(HOUR);
    expect(first?.partners).toEqual([
      {
        partnerId: p.couple.partners[0].partner.id,
        name: p.couple.partners[0].partner.displayName,
        overdue: 1,
        completedSinceLastSession: 3,
      },
      {
        partnerId: p.couple.partners[1].partner.id,
        name: p.couple.partners[1].partner.displayName,
        overdue: 1,
        completedSinceLastSession: 0,
      },
    ]);
    expect(second).toMatchObject({
      id: p.secondCouple.couple.id,
      nextSessionAt: null,
      lastSessionAt: null,
      lastActivityAt: null,
      homeworkDue: 0,
      overdue: 0,
      unsignedNotes: 0,
      quiet: true,
    });
  });

  it('keeps other caseloads from a counselor, and shows them to the owner', async () => {
    await expect(counselor().dashboard.caseload({ counselor: 'all' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      counselor().dashboard.caseload({ counselor: p.otherCounselor.membership.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const own = await counselor().dashboard.caseload({ counselor: p.counselor.membership.id });
    expect(own.rows.map((r) => r.id)).not.toContain(p.otherCouple.couple.id);

    const everyone = await owner().dashboard.caseload({ counselor: 'all' });
    expect(everyone.total).toBe(3);
    const theirs = await owner().dashboard.caseload({ counselor: p.otherCounselor.membership.id });
    expect(theirs.rows.map((r) => r.id)).toEqual([p.otherCouple.couple.id]);
    expect(theirs.rows[0]).toMatchObject({ quiet: true, overdue: 0, homeworkDue: 0 });
  });

  it('filters by overdue, quiet, unsigned notes and status', async () => {
    const ids = async (input: Parameters<ReturnType<typeof owner>['dashboard']['caseload']>[0]) =>
      (await owner().dashboard.caseload({ counselor: 'all', ...input })).rows.map((r) => r.id).sort();
    expect(await ids({ overdueOnly: true })).toEqual([p.couple.couple.id]);
    expect(await ids({ quietOnly: true })).toEqual(
      [p.secondCouple.couple.id, p.otherCouple.couple.id].sort(),
    );
    expect(await ids({ unsignedNotesOnly: true })).toEqual([p.couple.couple.id]);
    expect(await ids({ status: 'closed' })).toEqual([]);
    expect(await ids({ quietOnly: true, overdueOnly: true })).toEqual([]);
  });

  it('sorts by each column, couples without the figure last', async () => {
    const order = async (
      sort: 'next-session' | 'overdue' | 'last-activity' | 'name' | 'last-session',
      direction: 'asc' | 'desc',
    ) => (await owner().dashboard.caseload({ counselor: 'all', sort, direction })).rows.map((r) => r.id);
    const [c1, c2, c3] = [p.couple.couple.id, p.secondCouple.couple.id, p.otherCouple.couple.id];
    expect(await order('last-activity', 'asc')).toEqual([c3, c1, c2]);
    expect(await order('last-activity', 'desc')).toEqual([c1, c3, c2]);
    expect((await order('overdue', 'desc'))[0]).toBe(c1);
    expect((await order('next-session', 'desc'))[0]).toBe(c1);
    expect((await order('last-session', 'asc'))[0]).toBe(c1);
    const byName = await owner().dashboard.caseload({ counselor: 'all', sort: 'name' });
    const names = byName.rows.map((r) =>
      r.partners
        .map((x) => x.name)
        .join(' & ')
        .toLowerCase(),
    );
    expect(names).toEqual([...names].sort());
  });

  it('pages of at most 50, with the total on every page', async () => {
    const second = await owner().dashboard.caseload({ counselor: 'all', pageSize: 2, page: 2 });
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(second.rows).toHaveLength(1);
    const beyond = await owner().dashboard.caseload({ counselor: 'all', pageSize: 2, page: 3 });
    expect(beyond).toMatchObject({ total: 3, rows: [] });
    await expect(owner().dashboard.caseload({ pageSize: 51 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('dashboard.caseload search and default scope', () => {
  it('finds couples by part of either partner’s name, ignoring case', async () => {
    const [, tag] = p.couple.partners[1].partner.displayName.split(' ');
    const found = await owner().dashboard.caseload({ counselor: 'all', search: `  ${tag?.toUpperCase()} ` });
    expect(found.rows.map((r) => r.id)).toEqual([p.couple.couple.id]);
    expect(found.total).toBe(1);
    const everyone = await owner().dashboard.caseload({ counselor: 'all' });
    expect((await owner().dashboard.caseload({ counselor: 'all', search: 'alex' })).total).toBe(
      everyone.total,
    );
    expect(
      (await owner().dashboard.caseload({ counselor: 'all', search: 'nobody by this name' })).total,
    ).toBe(0);
    // A counselor's search stays within their own couples.
    const [, otherTag] = p.otherCouple.partners[0].partner.displayName.split(' ');
    expect((await counselor().dashboard.caseload({ search: otherTag })).total).toBe(0);
    await expect(owner().dashboard.caseload({ search: 'x'.repeat(101) })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('shows an owner or admin without couples of their own every couple, and their own once they have some', async () => {
    const everyone = await owner().dashboard.caseload({ counselor: 'all' });
    const auto = await owner().dashboard.caseload({ counselor: 'auto' });
    expect(auto).toMatchObject({ total: everyone.total, showingAll: true });
    expect((await owner().dashboard.caseload({})).total).toBe(0);

    const admin = await makeMember(t.db, p.practice.id, 'admin');
    const { couple } = await makeCouple(t.db, p.practice.id, admin.membership.id);
    const adminApi = callerFor(t.db, admin.user.id, p.practice.id);
    const own = await adminApi.dashboard.caseload({ counselor: 'auto' });
    expect(own).toMatchObject({ total: 1, showingAll: false });
    expect(own.rows.map((r) => r.id)).toEqual([couple.id]);

    // A counselor's 'auto' is their own caseload, never everyone's.
    const counselorAuto = await counselor().dashboard.caseload({ counselor: 'auto' });
    expect(counselorAuto.showingAll).toBe(false);
    expect(counselorAuto.rows.map((r) => r.id)).not.toContain(p.otherCouple.couple.id);
    const lonely = await makeMember(t.db, p.practice.id, 'counselor');
    const lonelyAuto = await callerFor(t.db, lonely.user.id, p.practice.id).dashboard.caseload({
      counselor: 'auto',
    });
    expect(lonelyAuto).toMatchObject({ total: 0, showingAll: false });
  });
});

describe('dashboard.digest', () => {
  it('lists what each partner sent since the last session, times and titles only', async () => {
    const digest = await counselor().dashboard.digest({ coupleId: p.couple.couple.id });
    const [a, b] = digest.partners;
    expect(a?.sent).toHaveLength(3);
    expect(b?.sent).toEqual([]);
    expect(digest.sentTogether).toEqual([]);
    expect(digest.quiet).toBe(false);
    expect(JSON.stringify(digest)).not.toContain('not read by the dashboard');
  });

  it('shows check-in changes and the largest perception gap', async () => {
    const checkIn = exerciseContent('check-in-scale');
    const partner = (i: 0 | 1) => callerFor(t.db, p.couple.partners[i].user.id, p.practice.id, 'client');
    const api = counselor();
    const { exerciseId } = await api.exercises.create({ content: checkIn });
    const ratings = (self: number, other: number) => [
      { behavior: 'compassion' as const, self, partner: other },
      { behavior: 'accountability' as const, self: 3, partner: 3 },
    ];
    // Two weeks: A rated themself 2 then 4; B sees A at 1 in the latest week.
    for (const [days, aSelf, bOfA] of [
      [-7, 2, 2],
      [0, 4, 1],
    ] as const) {
      const { assignmentIds } = await api.homework.assign({
        coupleId: p.couple.couple.id,
        exercises: [{ source: 'practice', exerciseId }],
        dueOn: practiceDay(Math.max(days, 0) + 1),
      });
      const [id] = assignmentIds;
      if (!id) throw new Error('not assigned');
      await t.db
        .update(assignments)
        .set({ dueOn: practiceDay(days) })
        .where(eq(assignments.id, id));
      await partner(0).portal.homework.submit({
        assignmentId: id,
        body: { kind: 'check-in-scale', ratings: ratings(aSelf, 3) },
        visibility: 'counselor',
      });
      await partner(1).portal.homework.submit({
        assignmentId: id,
        body: { kind: 'check-in-scale', ratings: ratings(3, bOfA) },
        visibility: 'counselor',
      });
    }
    const digest = await api.dashboard.digest({ coupleId: p.couple.couple.id });
    const aCompassion = digest.partners[0]?.checkInChanges.find((c) => c.behavior === 'compassion');
    expect(aCompassion).toMatchObject({ latest: { self: 4 }, previous: { self: 2 } });
    expect(digest.largestGap?.behavior).toBe('compassion');
    expect(digest.largestGap?.gap).toBeGreaterThan(0);
  });

  it('is not found for another counselor’s couple', async () => {
    await expect(counselor().dashboard.digest({ coupleId: p.otherCouple.couple.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await owner().dashboard.digest({ coupleId: p.otherCouple.couple.id })).quiet).toBe(true);
  });
});

describe('measure alerts', () => {
  // Stored by the recompute (server/services/measures/refresh-measure-alerts.ts); written here
  // directly, as the system connection may, to test the dashboard's reading of them alone.
  const alerts = (
    coupleId: string,
    kinds: { notImproving?: boolean; worse?: boolean; allianceSplit?: boolean },
  ) => t.db.insert(coupleMeasureAlerts).values({ practiceId: p.practice.id, coupleId, ...kinds });
  const kindsOf = (row: { notImproving: boolean; worse: boolean; allianceSplit: boolean }) => ({
    notImproving: row.notImproving,
    worse: row.worse,
    allianceSplit: row.allianceSplit,
  });

  it('shows each couple’s alerts and filters by any of them, or by one', async () => {
    await alerts(p.couple.couple.id, { allianceSplit: true, notImproving: true });
    await alerts(p.secondCouple.couple.id, { worse: true });
    const all = await owner().dashboard.caseload({ counselor: 'all', status: 'any' });
    const byId = new Map(all.rows.map((row) => [row.id, kindsOf(row)]));
    expect(byId.get(p.couple.couple.id)).toEqual({ notImproving: true, worse: false, allianceSplit: true });
    expect(byId.get(p.secondCouple.couple.id)).toEqual({
      notImproving: false,
      worse: true,
      allianceSplit: false,
    });
    expect(byId.get(p.otherCouple.couple.id)).toEqual({
      notImproving: false,
      worse: false,
      allianceSplit: false,
    });
    const ids = async (measureAlert: 'any' | 'not-improving' | 'worse' | 'alliance-split') =>
      (await owner().dashboard.caseload({ counselor: 'all', status: 'any', measureAlert })).rows
        .map((row) => row.id)
        .sort();
    expect(await ids('any')).toEqual([p.couple.couple.id, p.secondCouple.couple.id].sort());
    expect(await ids('alliance-split')).toEqual([p.couple.couple.id]);
    expect(await ids('not-improving')).toEqual([p.couple.couple.id]);
    expect(await ids('worse')).toEqual([p.secondCouple.couple.id]);
    // A counselor filters their own caseload only.
    const other = callerFor(t.db, p.otherCounselor.user.id, p.practice.id);
    expect((await other.dashboard.caseload({ measureAlert: 'any' })).total).toBe(0);
    await t.db.delete(coupleMeasureAlerts).where(eq(coupleMeasureAlerts.practiceId, p.practice.id));
  });
});

describe('statements per call', () => {
  it('issues the same number of statements for 3 couples and for 60', async () => {
    const practice = p.practice.id;
    const { user, membership } = await makeMember(t.db, practice, 'counselor');
    const counting = countingDb(t);
    const api = callerFor(counting.db, user.id, practice);
    const callCount = async () => {
      counting.reset();
      await api.dashboard.caseload({ sort: 'overdue', direction: 'desc' });
      const caseload = counting.count();
      counting.reset();
      await api.dashboard.caseload({ sort: 'name', quietOnly: true });
      const filtered = counting.count();
      counting.reset();
      await api.dashboard.caseload({ counselor: 'auto', search: 'alex' });
      const searched = counting.count();
      counting.reset();
      await api.dashboard.caseload({ measureAlert: 'alliance-split', overdueOnly: true });
      return [caseload, filtered, searched, counting.count()];
    };
    const addCouples = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const { couple } = await makeCouple(t.db, practice, membership.id);
        const id = await homework(couple.id, { dueOn: practiceDay(-1 - (i % 5)) });
        if (i % 2) await answer(id, couple.id, null, { updatedAt: ago(i * HOUR) });
        await session(couple.id, membership.id, ahead((i + 1) * HOUR), 'scheduled');
        if (i % 3 === 0)
          await t.db
            .insert(coupleMeasureAlerts)
            .values({ practiceId: practice, coupleId: couple.id, allianceSplit: true, worse: i % 2 === 0 });
      }
    };
    await addCouples(3);
    const small = await callCount();
    await addCouples(57);
    const large = await callCount();
    expect((await api.dashboard.caseload({})).total).toBe(60);
    expect(large).toEqual(small);
    // The tenant settings, the membership check, and the dashboard's one statement.
    expect(small).toEqual([3, 3, 3, 3]);
  });
});

it('never mixes up a random couple id', async () => {
  await expect(counselor().dashboard.digest({ coupleId: randomUUID() })).rejects.toMatchObject({
    code: 'NOT_FOUND',
  });
});

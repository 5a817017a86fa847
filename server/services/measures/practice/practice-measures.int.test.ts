// Practice measures end to end: an admin enters one, edits it while unused, a counselor schedules
// it, a partner answers it, the counselor sees it scored in its bands; once answered its questions
// are sealed and it can only be retired. Row-level security: counselors cannot write, a client of
// another practice cannot read, and the database refuses a slug that is not the practice's.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditEvents, measureResponses, practiceMeasures } from '@/db/schema';
import { withTenant } from '@/db/tenant';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import { outcomeOf } from '@/test/procedures';
import { queryRows } from '@/test/sql';
import { createTestDb } from '@/test/test-db';
import type { MeasureSlug } from '../measure-definition';
import type { TPracticeMeasureInput } from './practice-measure-shape';

let t: DbHandle;
let p: TestPractice;
let other: TestPractice;
let slug: MeasureSlug;
let id: string;

const admin = () => callerFor(t.db, p.admin.user.id, p.practice.id);
const counselor = () => callerFor(t.db, p.counselor.user.id, p.practice.id);
const partner = (i: 0 | 1, practice = p) =>
  callerFor(t.db, practice.couple.partners[i].user.id, practice.practice.id, 'client');
const coupleId = () => p.couple.couple.id;

const closeness = (change: Partial<TPracticeMeasureInput> = {}): TPracticeMeasureInput => ({
  title: 'Closeness check (licensed)',
  clientTitle: 'How close you feel',
  about: 'relationship',
  instructions: 'Over the last week, how true was each of these?',
  items: [{ text: 'We talked most days.' }, { text: 'I felt heard.' }, { text: 'We laughed together.' }],
  choices: [
    { value: 0, label: 'Never' },
    { value: 1, label: 'Sometimes' },
    { value: 2, label: 'Often' },
    { value: 3, label: 'Always' },
  ],
  choiceLayout: 'list',
  scoring: 'sum',
  better: 'higher',
  bands: [
    { from: 0, label: 'Distant', tone: 'concern' },
    { from: 4, label: 'Mixed', tone: 'watch' },
    { from: 7, label: 'Close', tone: 'calm' },
  ],
  reliableChange: 3,
  clinicalCutOff: 3,
  licence: 'Licensed to the practice by its author, 2026 agreement.',
  ...change,
});

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
  other = await makePractice(t.db);
});
afterAll(() => t?.close());

describe('entering a measure', () => {
  it('lets an admin add one, audited, and refuses counselors and clients', async () => {
    const saved = await admin().practiceMeasures.create({ measure: closeness({ title: 'Draft' }) });
    ({ id, slug } = saved);
    expect(slug).toBe(`pm-${id}`);
    expect(await outcomeOf(counselor().practiceMeasures.create({ measure: closeness() }))).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await outcomeOf(partner(0).practiceMeasures.find())).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    const listed = await counselor().practiceMeasures.find();
    expect(listed).toEqual([expect.objectContaining({ id, title: 'Draft', questions: 3, answered: false })]);
    const audits = await t.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.practiceId, p.practice.id), eq(auditEvents.targetId, id)));
    expect(audits.map((a) => a.action)).toEqual(['measures.practice-measure-created']);
  });

  it('edits it while no one has answered', async () => {
    await admin().practiceMeasures.update({ id, measure: closeness() });
    const got = await admin().practiceMeasures.get({ id });
    expect(got.measure.title).toBe('Closeness check (licensed)');
    expect(got.answered).toBe(false);
  });

  it('refuses an invalid definition with the field it belongs to', async () => {
    const outcome = await outcomeOf(
      admin().practiceMeasures.create({
        measure: closeness({ bands: [{ from: 1, label: 'Low', tone: 'calm' }], licence: ' ' }),
      }),
    );
    expect(outcome).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
  });

  it('keeps row-level writes to owners and admins, even around the procedures', async () => {
    const asCounselor = withTenant(t.db, { practiceId: p.practice.id, userId: p.counselor.user.id }, (tx) =>
      tx.update(practiceMeasures).set({ title: 'Hijacked' }).where(eq(practiceMeasures.id, id)).returning(),
    );
    expect(await asCounselor).toEqual([]);
    await expect(
      withTenant(t.db, { practiceId: p.practice.id, userId: p.counselor.user.id }, (tx) =>
        tx.insert(practiceMeasures).values({
          practiceId: p.practice.id,
          title: 'Sneaky',
          clientTitle: 'Sneaky',
          licence: 'none',
          definition: { ...closeness(), items: [{ id: 'q1', text: 'x' }] } as never,
          createdById: p.counselor.membership.id,
        }),
      ),
    ).rejects.toThrow();
  });
});

describe('asking and answering it', () => {
  it('is scheduled like a built-in, asked in the portal, scored and banded on the couple page', async () => {
    const before = await counselor().measures.forCouple({ coupleId: coupleId() });
    expect(before.addable).toContainEqual({ measure: slug, title: 'Closeness check (licensed)', own: true });
    await counselor().measures.setSchedule({ coupleId: coupleId(), measure: slug, timing: 'intake' });
    const due = await partner(0).measures.myDue();
    expect(due).toEqual([
      expect.objectContaining({ measure: slug, title: 'How close you feel', questions: 3 }),
    ]);
    const form = await partner(0).measures.questionnaire({ measure: slug });
    expect(form.items.map((i) => i.id)).toEqual(['q1', 'q2', 'q3']);
    expect(form).not.toHaveProperty('bands');
    expect(await partner(0).measures.submit({ measure: slug, sessionId: null, answers: [1, 1, 0] })).toEqual({
      recorded: true,
    });
    expect(await partner(1).measures.submit({ measure: slug, sessionId: null, answers: [3, 3, 2] })).toEqual({
      recorded: true,
    });
    const view = await counselor().measures.forCouple({ coupleId: coupleId() });
    const mine = view.measures.find((m) => m.measure === slug);
    expect(mine?.definition).toMatchObject({ range: [0, 9], title: 'Closeness check (licensed)' });
    expect(Object.values(mine?.occasions[0]?.scores ?? {}).sort()).toEqual([2, 8]);
    const { bandOf } = await import('../measure-scoring');
    if (!mine) throw new Error('no view');
    expect(bandOf(mine.definition, 2).label).toBe('Distant');
    expect(bandOf(mine.definition, 8).label).toBe('Close');
  });

  it('seals the questions once answered: the procedure refuses, and so does the database', async () => {
    expect(await outcomeOf(admin().practiceMeasures.update({ id, measure: closeness() }))).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    await expect(
      withTenant(t.db, { practiceId: p.practice.id, userId: p.admin.user.id }, (tx) =>
        tx
          .update(practiceMeasures)
          .set({ definition: sql`jsonb_set(definition, '{items,0,text}', '"Changed"')` })
          .where(eq(practiceMeasures.id, id)),
      ),
    ).rejects.toThrow();
  });

  it('retires it: charts keep working, no new couple is asked, audited', async () => {
    await admin().practiceMeasures.retire({ id });
    const view = await counselor().measures.forCouple({ coupleId: coupleId() });
    expect(view.measures.find((m) => m.measure === slug)?.definition.retired).toBe(true);
    expect(
      (await counselor().measures.forCouple({ coupleId: p.secondCouple.couple.id })).addable.map(
        (a) => a.measure,
      ),
    ).not.toContain(slug);
    expect(
      await outcomeOf(
        counselor().measures.setSchedule({
          coupleId: p.secondCouple.couple.id,
          measure: slug,
          timing: 'intake',
        }),
      ),
    ).toMatchObject({ ok: false, code: 'CONFLICT' });
    const actions = await t.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.practiceId, p.practice.id), eq(auditEvents.targetId, id)));
    expect(actions.map((a) => a.action)).toEqual([
      'measures.practice-measure-created',
      'measures.practice-measure-updated',
      'measures.practice-measure-retired',
    ]);
  });
});

describe('the tenancy wall', () => {
  it("never lets a client of another practice read the practice's measures", async () => {
    const seen = await withTenant(
      t.db,
      { practiceId: other.practice.id, userId: other.couple.partners[0].user.id },
      (tx) => queryRows<{ n: number }>(tx, sql`select count(*)::int as n from practice_measures`),
    );
    expect(seen).toEqual([{ n: 0 }]);
    expect(await outcomeOf(partner(0, other).measures.questionnaire({ measure: slug }))).toMatchObject({
      ok: false,
    });
    // Nor the measures of their own practice that their couple is not asked.
    const own = await admin().practiceMeasures.create({ measure: closeness({ title: 'Not asked' }) });
    const n = await withTenant(
      t.db,
      { practiceId: p.practice.id, userId: p.secondCouple.partners[0].user.id },
      (tx) =>
        queryRows<{ n: number }>(
          tx,
          sql`select count(*)::int as n from practice_measures where id = ${own.id}`,
        ),
    );
    expect(n).toEqual([{ n: 0 }]);
  });

  it("refuses, in the database, an answer or schedule whose slug is not one of the practice's measures", async () => {
    const foreign = await callerFor(t.db, other.admin.user.id, other.practice.id).practiceMeasures.create({
      measure: closeness({ title: 'Elsewhere' }),
    });
    await expect(
      t.db.insert(measureResponses).values({
        practiceId: p.practice.id,
        coupleId: coupleId(),
        partnerId: p.couple.partners[0].partner.id,
        measureSlug: foreign.slug,
        answersCiphertext: 'x',
        score: 1,
      }),
    ).rejects.toThrow();
    await expect(
      t.db.insert(measureResponses).values({
        practiceId: p.practice.id,
        coupleId: coupleId(),
        partnerId: p.couple.partners[0].partner.id,
        measureSlug: 'pm-not-a-measure',
        answersCiphertext: 'x',
        score: 1,
      }),
    ).rejects.toThrow();
    expect(
      await outcomeOf(
        counselor().measures.setSchedule({ coupleId: coupleId(), measure: foreign.slug, timing: 'intake' }),
      ),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

// A client's own data: the download holds their answers of every visibility and only what their
// partner shared (never the partner's private or counselor-only answers, never notes or safety
// data); deleting their private answers removes those and nothing else; staff can do it at the
// partner's request without reading them. All audited with counts only.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle, queryRows } from '@/db/client';
import { responses, sessionNotes } from '@/db/schema';
import { withTenant } from '@/db/tenant';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import { assignExercise, exerciseContent } from '@/test/homework-fixtures';
import { recordPracticeActivity } from '@/test/practice-activity';
import { createTestDb } from '@/test/test-db';

let t: DbHandle;
let p: TestPractice;
let other: TestPractice;

const client = (i: 0 | 1, of: TestPractice = p) =>
  callerFor(t.db, of.couple.partners[i].user.id, of.practice.id, 'client');
const staff = () => ({ userId: p.counselor.user.id, practiceId: p.practice.id });

/** Each partner answers three reflections: private, counselor, couple; the words name who and what. */
async function answerEverything() {
  for (const visibility of ['private', 'counselor', 'couple'] as const) {
    const assignmentId = await assignExercise(
      t.db,
      staff(),
      p.couple.couple.id,
      exerciseContent('reflection', { prompts: ['One thing?'] }),
    );
    for (const i of [0, 1] as const) {
      await client(i).portal.homework.submit({
        assignmentId,
        body: { kind: 'reflection', answers: [`partner${i}-${visibility}-words`] },
        visibility,
      });
    }
  }
}

const answerWords = async (partnerIndex: 0 | 1) => {
  const rows = await t.db
    .select({ visibility: responses.visibility })
    .from(responses)
    .where(
      and(
        eq(responses.practiceId, p.practice.id),
        eq(responses.partnerId, p.couple.partners[partnerIndex].partner.id),
      ),
    );
  return rows.map((r) => r.visibility).sort();
};

const audited = (action: string) =>
  queryRows<{ metadata: Record<string, unknown>; actor: string }>(
    t.db,
    sql`select metadata, actor_user_id as actor from audit_events
      where practice_id = ${p.practice.id} and action = ${action} order by seq`,
  );

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
  other = await makePractice(t.db);
  await recordPracticeActivity(t.db, p);
  const ofOther = await recordPracticeActivity(t.db, other);
  await client(1, other).portal.homework.submit({
    assignmentId: ofOther.assignmentIds[0] ?? '',
    body: { kind: 'reflection', answers: ['elsewhere-private-words'] },
    visibility: 'private',
  });
  await answerEverything();
}, 120_000);
afterAll(() => t?.close());

describe('a client’s download', () => {
  it('holds their own answers of every visibility and only what the partner shared', async () => {
    const data = await client(0).clientData.export();
    const text = JSON.stringify(data);
    for (const visibility of ['private', 'counselor', 'couple'])
      expect(text).toContain(`partner0-${visibility}-words`);
    expect(text).toContain('partner1-couple-words');
    expect(text).not.toContain('partner1-private-words');
    expect(text).not.toContain('partner1-counselor-words');
    expect(data.answers.filter((a) => a.author === 'partner').map((a) => a.visibility)).toEqual(['couple']);
    expect(data.me.partnerId).toBe(p.couple.partners[0].partner.id);
  });

  it('holds their own unsent drafts, never the partner’s', async () => {
    // In the other practice, so the counts the tests below expect of this one stay as they are.
    const assignmentId = await assignExercise(
      t.db,
      { userId: other.counselor.user.id, practiceId: other.practice.id },
      other.couple.couple.id,
      exerciseContent('reflection', { prompts: ['Still writing?'] }),
    );
    for (const i of [0, 1] as const)
      await client(i, other).portal.homework.save({
        assignmentId,
        body: { kind: 'reflection', answers: [`partner${i}-draft-words`] },
        visibility: 'couple',
      });
    const text = JSON.stringify(await client(0, other).clientData.export());
    expect(text).toContain('partner0-draft-words');
    expect(text).not.toContain('partner1-draft-words');
  });

  it('holds the couple’s homework and sessions, never session notes, process notes or another couple', async () => {
    const data = await client(0).clientData.export();
    expect(data.homework.length).toBeGreaterThanOrEqual(4);
    expect(data.sessions.length).toBeGreaterThan(0);
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/Both spoke|Later [0-9a-f]{8}|Mine [0-9a-f]{8}/);
    expect(text).not.toContain(p.secondCouple.couple.id);
    expect(text).not.toContain(other.practice.id);
    expect(text).not.toMatch(/Privately [0-9a-f]{8}|Called [0-9a-f]{8}/);
    expect(data).not.toHaveProperty('safety');
  });

  it('is audited with counts, and refused to staff', async () => {
    await client(1).clientData.export();
    const events = await audited('portal.data_exported');
    expect(events.map((e) => e.actor)).toEqual(
      expect.arrayContaining([p.couple.partners[0].user.id, p.couple.partners[1].user.id]),
    );
    expect(JSON.stringify(events)).not.toContain('words');
    await expect(callerFor(t.db, p.owner.user.id, p.practice.id).clientData.export()).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('deleting private answers', () => {
  it('deletes the client’s own private answers only; the partner’s, shared answers and notes stay', async () => {
    const notesBefore = await t.db.$count(sessionNotes, eq(sessionNotes.practiceId, p.practice.id));
    expect(await answerWords(0)).toContain('private');
    const { deleted } = await client(0).clientData.deletePrivateAnswers({ confirm: true });
    expect(deleted).toBeGreaterThanOrEqual(1);
    expect(await answerWords(0)).not.toContain('private');
    expect(await answerWords(0)).toEqual(expect.arrayContaining(['counselor', 'couple']));
    expect(await answerWords(1)).toEqual(expect.arrayContaining(['private', 'counselor', 'couple']));
    expect(await t.db.$count(sessionNotes, eq(sessionNotes.practiceId, p.practice.id))).toBe(notesBefore);
    const [event] = await audited('portal.private_answers_deleted');
    expect(event?.metadata).toEqual({ deleted });
    // Again: nothing left to delete, still fine.
    expect(await client(0).clientData.deletePrivateAnswers({ confirm: true })).toEqual({ deleted: 0 });
  });

  it('needs the explicit confirmation', async () => {
    await expect(
      client(1).clientData.deletePrivateAnswers({ confirm: false } as unknown as { confirm: true }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await answerWords(1)).toContain('private');
  });

  it('lets the couple’s counselor delete a partner’s private answers on request, without reading them', async () => {
    const counselor = callerFor(t.db, p.counselor.user.id, p.practice.id);
    const request = {
      coupleId: p.couple.couple.id,
      partnerId: p.couple.partners[1].partner.id,
      confirm: true as const,
    };
    // Another counselor's caseload: as if the couple did not exist.
    const outsider = callerFor(t.db, p.otherCounselor.user.id, p.practice.id);
    await expect(outsider.clientData.deletePartnerPrivateAnswers(request)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const { deleted } = await counselor.clientData.deletePartnerPrivateAnswers(request);
    expect(deleted).toBe(1);
    expect(await answerWords(1)).toEqual(['counselor', 'couple']);
    expect(await answerWords(0)).toEqual(expect.arrayContaining(['counselor', 'couple']));
    const [event] = await audited('couple.partner_private_answers_deleted');
    expect(event).toMatchObject({
      actor: p.counselor.user.id,
      metadata: { deleted: 1, coupleId: p.couple.couple.id },
    });
  });

  it('refuses a partner of another couple, and a client calling the staff procedure', async () => {
    const counselor = callerFor(t.db, p.counselor.user.id, p.practice.id);
    await expect(
      counselor.clientData.deletePartnerPrivateAnswers({
        coupleId: p.couple.couple.id,
        partnerId: p.secondCouple.partners[0].partner.id,
        confirm: true,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      client(0).clientData.deletePartnerPrivateAnswers({
        coupleId: p.couple.couple.id,
        partnerId: p.couple.partners[1].partner.id,
        confirm: true,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('deletes nothing of another practice through the database function', async () => {
    const before = await t.db.$count(responses, eq(responses.practiceId, other.practice.id));
    expect(before).toBeGreaterThanOrEqual(2);
    const counselor = callerFor(t.db, p.counselor.user.id, p.practice.id);
    await expect(
      counselor.clientData.deletePartnerPrivateAnswers({
        coupleId: other.couple.couple.id,
        partnerId: other.couple.partners[0].partner.id,
        confirm: true,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Called straight, as practice P's staff, on a partner of the other practice: nothing goes.
    const [row] = await withTenant(t.db, { practiceId: p.practice.id, userId: p.owner.user.id }, (tx) =>
      queryRows<{ n: number }>(
        tx,
        sql`select app_delete_partner_private_answers(${other.couple.partners[1].partner.id}) as n`,
      ),
    );
    expect(row?.n).toBe(0);
    expect(await t.db.$count(responses, eq(responses.practiceId, other.practice.id))).toBe(before);
  });
});

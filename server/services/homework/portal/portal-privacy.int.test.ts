// Privacy, asserted on what the procedures return: a partner never receives the other's private or
// counselor-only answer, nor a joint reveal before both have sent theirs; the counselor never
// receives a private answer; another couple, even in the same practice, receives nothing.
// Answers carry random markers, and whole responses are searched for them as JSON.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { transformer } from '@/server/trpc/transformer';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import { assignExercise, exerciseContent, secret } from '@/test/homework-fixtures';
import { createTestDb } from '@/test/test-db';

let t: DbHandle;
let p: TestPractice;

const clientOf = (user: { id: string }) => callerFor(t.db, user.id, p.practice.id, 'client');
const a = () => clientOf(p.couple.partners[0].user);
const b = () => clientOf(p.couple.partners[1].user);
const counselor = () => callerFor(t.db, p.counselor.user.id, p.practice.id);

const secrets = {
  bPrivate: secret('b-private'),
  bCounselor: secret('b-counselor'),
  bCouple: secret('b-couple'),
  bDraft: secret('b-draft'),
  bJoint: secret('b-joint'),
  aJoint: secret('a-joint'),
  bOnly: secret('b-only'),
  aPrivate: secret('a-private'),
};
const ids = {} as Record<
  'private' | 'counselor' | 'couple' | 'draft' | 'joint' | 'bOnly' | 'aPrivate',
  string
>;
const checkIns = {} as Record<'bPrivate' | 'bEarly' | 'bCounselor', string>;

const reflection = (text: string) => ({ kind: 'reflection' as const, answers: [text] });
const rating = (self: number, partner: number) => ({
  kind: 'check-in-scale' as const,
  ratings: [{ behavior: 'compassion' as const, self, partner }],
});
const json = (value: unknown) => String(transformer.serialize(value));
const partnerIds = () => p.couple.partners.map((x) => x.partner.id);
/** A behavior's per-partner ratings, without the week dates. */
const ratingsIn = (
  b:
    | {
        ratings: {
          partnerId: string;
          weeks: { self: number | null; byOther: number | null; gap: number | null }[];
        }[];
      }
    | undefined,
) =>
  b?.ratings.map(({ partnerId, weeks }) => ({
    partnerId,
    weeks: weeks.map(({ self, byOther, gap }) => ({ self, byOther, gap })),
  }));

/** Every portal read a client can make, as one string. */
async function everythingSeenBy(api: ReturnType<typeof clientOf>, assignmentIds: string[]) {
  const gets = await Promise.all(
    assignmentIds.map((assignmentId) =>
      api.portal.homework.get({ assignmentId }).catch((e: { code?: string }) => e.code ?? 'error'),
    ),
  );
  return json([
    await api.portal.homework.list(),
    await api.portal.homework.history({}),
    await api.portal.progress({}),
    gets,
  ]);
}

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
  const staff = { userId: p.counselor.user.id, practiceId: p.practice.id };
  const couple = p.couple.couple.id;
  const oneprompt = { prompts: ['What did you notice?'] };
  for (const key of ['private', 'counselor', 'couple', 'draft', 'aPrivate'] as const)
    ids[key] = await assignExercise(t.db, staff, couple, exerciseContent('reflection', oneprompt));
  ids.joint = await assignExercise(t.db, staff, couple, exerciseContent('joint-reveal', oneprompt));
  ids.bOnly = await assignExercise(t.db, staff, couple, exerciseContent('reflection', oneprompt), {
    partnerId: p.couple.partners[1].partner.id,
  });
  const checkIn = exerciseContent('check-in-scale', { scaleBehaviors: ['compassion'] });
  for (const key of ['bPrivate', 'bEarly', 'bCounselor'] as const)
    checkIns[key] = await assignExercise(t.db, staff, couple, checkIn);

  const submitB = (assignmentId: string, text: string, visibility: 'private' | 'counselor' | 'couple') =>
    b().portal.homework.submit({ assignmentId, body: reflection(text), visibility });
  await submitB(ids.private, secrets.bPrivate, 'private');
  await submitB(ids.counselor, secrets.bCounselor, 'counselor');
  await submitB(ids.couple, secrets.bCouple, 'couple');
  await submitB(ids.bOnly, secrets.bOnly, 'couple');
  await b().portal.homework.save({
    assignmentId: ids.draft,
    body: reflection(secrets.bDraft),
    visibility: 'couple',
  });
  await b().portal.homework.submit({
    assignmentId: ids.joint,
    body: { kind: 'joint-reveal', answers: [secrets.bJoint] },
  });
  await a().portal.homework.submit({
    assignmentId: ids.aPrivate,
    body: reflection(secrets.aPrivate),
    visibility: 'private',
  });

  // Check-ins: B rates 1/1 privately, and 2/2 shared before A has rated; A rates 5/5, shared.
  await b().portal.homework.submit({
    assignmentId: checkIns.bPrivate,
    body: rating(1, 1),
    visibility: 'private',
  });
  await a().portal.homework.submit({
    assignmentId: checkIns.bPrivate,
    body: rating(5, 5),
    visibility: 'couple',
  });
  await b().portal.homework.submit({
    assignmentId: checkIns.bEarly,
    body: rating(2, 2),
    visibility: 'couple',
  });
  await b().portal.homework.submit({
    assignmentId: checkIns.bCounselor,
    body: rating(3, 3),
    visibility: 'counselor',
  });
  await a().portal.homework.submit({
    assignmentId: checkIns.bCounselor,
    body: rating(5, 5),
    visibility: 'couple',
  });
});
afterAll(() => t.close());

const allIds = () => [...Object.values(ids), ...Object.values(checkIns)];

describe('partner A', () => {
  it('never receives B’s private, counselor-only, draft or early joint-reveal answer, in any portal read', async () => {
    const seen = await everythingSeenBy(a(), allIds());
    for (const key of ['bPrivate', 'bCounselor', 'bDraft', 'bJoint', 'bOnly'] as const)
      expect(seen, key).not.toContain(secrets[key]);
    // The control: an answer B shared with the couple does arrive, so the search can find one.
    expect(seen).toContain(secrets.bCouple);
    expect(seen).toContain(secrets.aPrivate);
  });

  it('sees that B has sent a private answer, but not what it says', async () => {
    const view = await a().portal.homework.get({ assignmentId: ids.private });
    expect(view.theirs).toEqual({
      partnerId: p.couple.partners[1].partner.id,
      status: 'submitted',
      answer: null,
    });
    const draft = await a().portal.homework.get({ assignmentId: ids.draft });
    expect(draft.theirs).toEqual({
      partnerId: p.couple.partners[1].partner.id,
      status: 'draft',
      answer: null,
    });
    const list = await a().portal.homework.list();
    expect(list.items.find((i) => i.id === ids.draft)?.partnerStatus).toBe('draft');
    // A check-in B shared, but A has not rated yet: B's ratings of A wait until A has.
    const early = await a().portal.homework.get({ assignmentId: checkIns.bEarly });
    expect(early.theirs).toEqual({
      partnerId: p.couple.partners[1].partner.id,
      status: 'submitted',
      answer: null,
    });
  });

  it('does not see homework given to B alone, anywhere', async () => {
    await expect(a().portal.homework.get({ assignmentId: ids.bOnly })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      a().portal.homework.save({ assignmentId: ids.bOnly, body: reflection('x') }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const seen = json([await a().portal.homework.list(), await a().portal.homework.history({})]);
    expect(seen).not.toContain(ids.bOnly);
    const bList = await b().portal.homework.list();
    expect(bList.items.find((i) => i.id === ids.bOnly)).toMatchObject({
      forPartnerId: p.couple.partners[1].partner.id,
      myStatus: 'submitted',
      partnerStatus: null,
    });
  });

  it('builds progress from A’s own check-ins and B’s shared ones after both rated, never B’s private, counselor-only or early ones', async () => {
    const progress = await a().portal.progress({});
    const compassion = progress.behaviors.find((x) => x.behavior === 'compassion');
    // Only A's own 5/5 ratings (twice) are readable to A: B's 1, 2 and 3 would show up as B's
    // self-ratings and B's ratings of A.
    expect(progress.you).toBe(partnerIds()[0]);
    expect(ratingsIn(compassion)).toEqual([
      { partnerId: partnerIds()[0], weeks: [{ self: 5, byOther: null, gap: null }] },
      { partnerId: partnerIds()[1], weeks: [{ self: null, byOther: 5, gap: null }] },
    ]);
  });
});

describe('a joint reveal', () => {
  it('shows neither answer to the other partner until both have sent, then both to both', async () => {
    const early = await a().portal.homework.get({ assignmentId: ids.joint });
    expect(early.theirs).toEqual({
      partnerId: p.couple.partners[1].partner.id,
      status: 'submitted',
      answer: null,
    });
    expect(json(early)).not.toContain(secrets.bJoint);

    await a().portal.homework.save({
      assignmentId: ids.joint,
      body: { kind: 'joint-reveal', answers: [secrets.aJoint] },
    });
    expect(json(await a().portal.homework.get({ assignmentId: ids.joint }))).not.toContain(secrets.bJoint);
    expect(json(await b().portal.homework.get({ assignmentId: ids.joint }))).not.toContain(secrets.aJoint);

    await a().portal.homework.submit({
      assignmentId: ids.joint,
      body: { kind: 'joint-reveal', answers: [secrets.aJoint] },
    });
    const seenByA = await a().portal.homework.get({ assignmentId: ids.joint });
    const seenByB = await b().portal.homework.get({ assignmentId: ids.joint });
    expect(seenByA.theirs?.answer).toEqual({ kind: 'joint-reveal', answers: [secrets.bJoint] });
    expect(seenByB.theirs?.answer).toEqual({ kind: 'joint-reveal', answers: [secrets.aJoint] });
  });
});

describe('partner B', () => {
  it('sees A’s shared check-ins once both have rated, and its own private one, in its progress', async () => {
    const progress = await b().portal.progress({});
    // B's own 1, 2 and 3, and A's two 5s, all in one week; B is listed first in B's own view.
    // B rates self 2 on average, A rates B 5 -> 3; A rates self 5, B rates A 2 -> 3.
    expect(progress.you).toBe(partnerIds()[1]);
    expect(ratingsIn(progress.behaviors.find((x) => x.behavior === 'compassion'))).toEqual([
      { partnerId: partnerIds()[1], weeks: [{ self: 2, byOther: 5, gap: 3 }] },
      { partnerId: partnerIds()[0], weeks: [{ self: 5, byOther: 2, gap: 3 }] },
    ]);
    expect(json(await b().portal.homework.get({ assignmentId: ids.aPrivate }))).not.toContain(
      secrets.aPrivate,
    );
  });
});

describe('the counselor', () => {
  it('receives counselor and couple answers but never a private one or a draft, in homework.forCouple', async () => {
    const seen = json(await counselor().homework.forCouple({ coupleId: p.couple.couple.id }));
    for (const key of ['bCounselor', 'bCouple', 'bJoint', 'bOnly'] as const)
      expect(seen, key).toContain(secrets[key]);
    for (const key of ['bPrivate', 'bDraft', 'aPrivate'] as const)
      expect(seen, key).not.toContain(secrets[key]);
  });

  it('builds progress from sent, non-private check-ins only', async () => {
    const progress = await counselor().homework.progress({ coupleId: p.couple.couple.id });
    // A's two 5/5, B's early 2/2 and counselor-only 3/3; never B's private 1/1.
    // A 5 vs B's ratings of A (2, 3) 2.5 -> 2.5; B (2, 3) 2.5 vs A's of B 5 -> 2.5.
    expect(ratingsIn(progress.behaviors.find((x) => x.behavior === 'compassion'))).toEqual([
      { partnerId: partnerIds()[0], weeks: [{ self: 5, byOther: 2.5, gap: 2.5 }] },
      { partnerId: partnerIds()[1], weeks: [{ self: 2.5, byOther: 5, gap: 2.5 }] },
    ]);
  });

  it('of another caseload gets NOT_FOUND for the couple’s progress', async () => {
    const other = callerFor(t.db, p.otherCounselor.user.id, p.practice.id);
    await expect(other.homework.progress({ coupleId: p.couple.couple.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('a partner of another couple in the same practice', () => {
  it('gets NOT_FOUND for every one of this couple’s assignments, and sees nothing of them', async () => {
    const stranger = clientOf(p.secondCouple.partners[0].user);
    for (const assignmentId of allIds()) {
      await expect(stranger.portal.homework.get({ assignmentId })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(
        stranger.portal.homework.save({ assignmentId, body: reflection('x') }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(
        stranger.portal.homework.setVisibility({ assignmentId, visibility: 'couple' }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    const seen = await everythingSeenBy(stranger, []);
    for (const id of allIds()) expect(seen).not.toContain(id);
    for (const value of Object.values(secrets)) expect(seen).not.toContain(value);
    const progress = await stranger.portal.progress({});
    expect(
      progress.behaviors.every(
        (x) => x.assigned === 0 && x.homework.length === 0 && x.ratings.every((r) => r.weeks.length === 0),
      ),
    ).toBe(true);
  });
});

// Every procedure of the router, fed generated inputs: well-formed ones built from its zod schema,
// the same with parts swapped for junk, and pure junk. Whatever comes in, the answer is a success or
// a client error, never INTERNAL_SERVER_ERROR and never a throw that is not a TRPCError.
// The seed is fixed (FUZZ_SEED to try another or replay a reported one), so a failure in CI
// replays exactly; FUZZ_RUNS searches longer.

import { and, eq, inArray, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { DbHandle } from '../db/client';
import { ZExerciseContent } from '../db/exercise-content';
import {
  auditEvents,
  counselingSessions,
  coupleSafetySettings,
  couples,
  emailSuppressions,
  exercises,
  type MembershipRole,
  memberships,
  type SessionKind,
} from '../db/schema';
import { can } from '../server/authz/permissions';
import { emptyNoteContent } from '../server/services/notes/note-shape';
import { utcToWallTime } from '../server/services/sessions/practice-time';
import { arbitraryFrom } from './arbitrary-from-zod';
import { callerFor, makePractice, type TestPractice } from './factories';
import { exampleInput } from './input-from-zod';
import { recordPracticeActivity } from './practice-activity';
import { allProcedures, callByPath, describeOutcome, outcomeOf, type ProcedureInfo } from './procedures';
import { createTestDb } from './test-db';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const seed = Number(process.env.FUZZ_SEED ?? 20261207);
console.info(`[fuzz] seed ${seed}, ${RUNS} runs per procedure`);

type Caller = { role: MembershipRole | 'anonymous'; kind: SessionKind; userId: () => string | null };

let t: DbHandle;
let a: TestPractice;
let b: TestPractice;
/** Homework, own exercises and library exercises, so inputs can name rows that exist. */
let homeworkIds: string[] = [];
/**
 * Inputs that should succeed, for procedures whose valid inputs tie several existing ids together
 * (a couple and an exercise), which random ids almost never do.
 */
let knownGood: Record<string, () => unknown> = {};

/**
 * Procedures whose success practice A's state rules out, and the refusal that shows the inputs
 * still reached the service. Their successes are tested where the state allows them.
 */
const REFUSED_BY_STATE: Record<string, RegExp> = {
  // Practice A already subscribes (test/practice-activity.ts); server/services/billing tests checkouts.
  'billing.startCheckout': /^BAD_REQUEST \(The practice already has a subscription/,
  // Practice A's owner has no authenticator (server/auth/two-factor tests turn one on and off).
  'account.twoFactor.confirmSetup':
    /^(BAD_REQUEST \((That code is not right|Start the setup again)|TOO_MANY_REQUESTS \(Too many attempts)/,
  'account.twoFactor.regenerateRecoveryCodes': /^BAD_REQUEST \(Two-factor sign-in is not on/,
  'account.twoFactor.disable': /^BAD_REQUEST \(Two-factor sign-in is not on/,
};

const owner: Caller = { role: 'owner', kind: 'staff', userId: () => a.owner.user.id };
const client: Caller = { role: 'client', kind: 'client', userId: () => a.couple.partners[0].user.id };
const anonymous: Caller = { role: 'anonymous', kind: 'staff', userId: () => null };

beforeAll(async () => {
  t = await createTestDb();
  a = await makePractice(t.db);
  b = await makePractice(t.db);
  const [ownOfA, ownOfB] = [await recordPracticeActivity(t.db, a), await recordPracticeActivity(t.db, b)];
  const library = await t.db.select({ id: exercises.id }).from(exercises).limit(3);
  homeworkIds = [ownOfA, ownOfB]
    .flatMap((x) => [...x.assignmentIds, x.exerciseId, x.sessionId])
    .concat(library.map((e) => e.id));
  const dueOn = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const libraryRef = { source: 'library', exerciseId: library[0]?.id ?? '' } as const;
  const { assignmentIds: unstarted } = await callerFor(t.db, a.owner.user.id, a.practice.id).homework.assign({
    coupleId: a.couple.couple.id,
    exercises: [libraryRef, libraryRef],
    dueOn,
  });
  // Homework of A's couple for partner A to answer: the practice's own reflection has one prompt.
  const ownRef = { source: 'practice', exerciseId: ownOfA.exerciseId } as const;
  const { assignmentIds: toAnswer } = await callerFor(t.db, a.owner.user.id, a.practice.id).homework.assign({
    coupleId: a.couple.couple.id,
    exercises: [ownRef, ownRef, ownRef],
    dueOn,
  });
  const [toSave, toSubmit, drafted] = toAnswer;
  const answer = { kind: 'reflection' as const, answers: ['An answer from the fuzz test'] };
  await callerFor(t.db, client.userId(), a.practice.id, 'client').portal.homework.save({
    assignmentId: drafted ?? '',
    body: answer,
  });
  // Sessions: the practice's own to move around, one to cancel, one that has started (only a past
  // session can be attended). Each slot is a day later than the last, so bookings do not clash.
  let slots = 0;
  const sessionSlot = () => ({
    date: utcToWallTime(new Date(Date.now() + ++slots * 86_400_000), a.practice.timeZone).date,
    time: '12:00',
    durationMinutes: 50,
    format: 'in-person' as const,
    location: 'Room 2',
  });
  const sessionsApi = callerFor(t.db, a.owner.user.id, a.practice.id).sessions;
  const toCancel = await sessionsApi.schedule({ coupleId: a.couple.couple.id, ...sessionSlot() });
  const [started] = await t.db
    .insert(counselingSessions)
    .values({
      practiceId: a.practice.id,
      coupleId: a.couple.couple.id,
      counselorId: a.counselor.membership.id,
      startsAt: new Date(Date.now() - 86_400_000),
      durationMinutes: 50,
      format: 'in-person',
      createdById: a.counselor.membership.id,
    })
    .returning({ id: counselingSessions.id });
  // Notes: the owner writes and signs its own note on a session of its own (only an author signs),
  // and adds to the counselor's signed note from the practice activity.
  const notesApi = callerFor(t.db, a.owner.user.id, a.practice.id).notes;
  const ownerSession = async (daysAgo: number) => {
    const [row] = await t.db
      .insert(counselingSessions)
      .values({
        practiceId: a.practice.id,
        coupleId: a.couple.couple.id,
        counselorId: a.counselor.membership.id,
        startsAt: new Date(Date.now() - daysAgo * 86_400_000),
        durationMinutes: 50,
        format: 'video',
        createdById: a.owner.membership.id,
      })
      .returning({ id: counselingSessions.id });
    return row?.id ?? '';
  };
  const noteContent = emptyNoteContent();
  for (const observation of Object.values(noteContent.observations)) observation.level = 'present';
  const [toDraft, toSign] = [await ownerSession(3), await ownerSession(4)];
  const draft = await notesApi.saveDraft({
    sessionId: toSign,
    expectedUpdatedAt: null,
    content: noteContent,
  });
  // A partner whose mail bounced, so the couple's answer carries a suppression notice.
  await t.db
    .insert(emailSuppressions)
    .values({ email: a.couple.partners[0].partner.email, reason: 'bounce' });
  // Pending staff invitations for the team procedures to resend and revoke.
  const teamApi = callerFor(t.db, a.owner.user.id, a.practice.id).team;
  const [toResend, toRevoke] = [
    await teamApi.invite({ email: 'fuzz.resend@example.test', role: 'counselor' }),
    await teamApi.invite({ email: 'fuzz.revoke@example.test', role: 'admin' }),
  ];
  // An open safety flag of A's second couple, for the counselor to acknowledge.
  await callerFor(t.db, a.secondCouple.partners[0].user.id, a.practice.id, 'client').safety.submitCheckIn({
    answers: { afraid: 'yes', hurt: 'no', controlled: 'no', 'put-down': 'no', 'safe-homework': 'yes' },
    note: '',
  });
  const [openFlag] = (
    await callerFor(t.db, a.owner.user.id, a.practice.id).safety.get({ coupleId: a.secondCouple.couple.id })
  ).flags;
  // Practice A's export built by test/practice-activity.ts, for the download procedure.
  const [readyExport] = (await callerFor(t.db, a.owner.user.id, a.practice.id).exports.find()).items;
  knownGood = {
    'exports.file': () => ({ exportId: readyExport?.id }),
    'clientData.deletePartnerPrivateAnswers': () => ({
      coupleId: a.couple.couple.id,
      partnerId: a.couple.partners[1].partner.id,
      confirm: true,
    }),
    'team.resendInvitation': () => toResend,
    'team.revokeInvitation': () => toRevoke,
    'team.changeRole': () => ({ membershipId: a.otherCounselor.membership.id, role: 'counselor' }),
    'team.deactivate': () => ({ membershipId: a.otherCounselor.membership.id }),
    'team.reactivate': () => ({ membershipId: a.otherCounselor.membership.id }),
    'team.reassignCouples': () => ({
      fromMembershipId: a.counselor.membership.id,
      toMembershipId: a.owner.membership.id,
    }),
    'safety.acknowledgeFlag': () => ({ flagId: openFlag?.id, note: 'Seen by the fuzz test' }),
    'safety.setHold': () => ({ coupleId: a.couple.couple.id, hold: false }),
    'safety.setCadence': () => ({ coupleId: a.couple.couple.id, cadenceDays: 14 }),
    'safety.get': () => ({ coupleId: a.couple.couple.id }),
    'safety.summary': () => ({ coupleId: a.couple.couple.id }),
    'couples.get': () => ({ coupleId: a.couple.couple.id }),
    'couples.closingPreview': () => ({ coupleId: a.couple.couple.id }),
    'couples.close': () => ({ coupleId: a.secondCouple.couple.id, reason: 'Fuzzed' }),
    'couples.reopen': () => ({ coupleId: a.secondCouple.couple.id }),
    'notes.get': () => ({ sessionId: ownOfA.sessionId }),
    'notes.saveDraft': () => ({ sessionId: toDraft, expectedUpdatedAt: null, content: noteContent }),
    'notes.sign': () => ({ sessionId: toSign, expectedUpdatedAt: draft.updatedAt }),
    'notes.addAddendum': () => ({ sessionId: ownOfA.sessionId, text: 'An addendum from the fuzz test' }),
    'notes.processNote.get': () => ({ sessionId: ownOfA.sessionId }),
    'notes.processNote.save': () => ({ sessionId: toDraft, expectedUpdatedAt: null, text: 'Mine' }),
    'sessions.forCouple': () => ({ coupleId: a.couple.couple.id }),
    'timeline.forCouple': () => ({ coupleId: a.couple.couple.id }),
    'sessions.schedule': () => ({ coupleId: a.couple.couple.id, ...sessionSlot() }),
    'sessions.reschedule': () => ({ sessionId: ownOfA.sessionId, ...sessionSlot() }),
    'sessions.cancel': () => ({ sessionId: toCancel.sessionId }),
    'sessions.recordAttendance': () => ({
      sessionId: started?.id,
      attendance: slots % 2 ? 'attended' : 'no-show',
    }),
    'exercises.get': () => libraryRef,
    'exercises.update': () => ({
      exerciseId: ownOfA.exerciseId,
      content: exampleInput(ZExerciseContent, { uuid: a.practice.id }),
    }),
    'exercises.archive': () => ({ exerciseId: ownOfA.exerciseId }),
    'homework.forCouple': () => ({ coupleId: a.couple.couple.id }),
    'homework.assign': () => ({ coupleId: a.couple.couple.id, exercises: [libraryRef], dueOn }),
    'homework.update': () => ({ assignmentId: unstarted[0], note: 'Updated by the fuzz test' }),
    'homework.cancel': () => ({ assignmentId: unstarted[1] }),
    'homework.review': () => ({ assignmentId: ownOfA.assignmentIds[0], comment: 'Seen' }),
    'homework.progress': () => ({ coupleId: a.couple.couple.id }),
    'dashboard.caseload': () => ({ counselor: 'all', sort: 'overdue' }),
    'dashboard.digest': () => ({ coupleId: a.couple.couple.id }),
    'portal.homework.get': () => ({ assignmentId: ownOfA.assignmentIds[0] }),
    'portal.homework.save': () => ({ assignmentId: toSave, body: answer }),
    'portal.homework.submit': () => ({ assignmentId: toSubmit, body: answer }),
    // Not scheduled for the couple, so well-formed and answered as not recorded (random answer lists
    // almost never have the measure's length).
    'measures.submit': () => ({ measure: 'gad-7', sessionId: null, answers: [0, 0, 0, 0, 0, 0, 0] }),
    'practice.updateSettings': () => ({
      name: 'Fuzzed Practice',
      timeZone: 'Europe/Lisbon',
      noteTemplate: 'birp',
      defaultAnswerVisibility: 'couple',
    }),
    'portal.homework.setVisibility': () => ({ assignmentId: drafted, visibility: 'couple' }),
    'preferences.update': () => ({
      homeworkNudges: true,
      sessionReminders: false,
      timeZone: 'Europe/London',
      quietHours: { start: 22 * 60, end: 7 * 60 },
    }),
  };
});
afterAll(() => t?.close());

/**
 * The team procedures deactivate, re-role and reassign practice A's staff, and couples.close closes
 * A's couples; put A's team and caseload back so the procedures fuzzed after them still find the
 * counselors, open couples and sessions they need.
 */
afterEach(async () => {
  const staff = [a.owner, a.admin, a.counselor, a.otherCounselor];
  for (const { membership } of staff) {
    await t.db
      .update(memberships)
      .set({ role: membership.role, status: 'active' })
      .where(eq(memberships.id, membership.id));
  }
  // safety.setHold may have paused A's couples' shared homework.
  await t.db
    .update(coupleSafetySettings)
    .set({ holdPlacedAt: null, holdPlacedById: null })
    .where(eq(coupleSafetySettings.practiceId, a.practice.id));
  const caseload = [
    [a.couple, a.counselor],
    [a.secondCouple, a.counselor],
    [a.otherCouple, a.otherCounselor],
  ] as const;
  for (const [{ couple }, counselor] of caseload) {
    await t.db
      .update(couples)
      .set({ counselorId: counselor.membership.id, status: 'active', closedAt: null })
      .where(eq(couples.id, couple.id));
  }
  // Closing a couple cancels its upcoming sessions: undo that too, for the session procedures.
  await t.db
    .update(counselingSessions)
    .set({ status: 'scheduled' })
    .where(
      inArray(
        counselingSessions.id,
        t.db
          .select({ id: sql<string>`${auditEvents.targetId}::uuid` })
          .from(auditEvents)
          .where(
            and(
              eq(auditEvents.action, 'session.cancelled'),
              sql`${auditEvents.metadata}->>'because' = 'couple closed'`,
            ),
          ),
      ),
    );
});

/** Owner for staff procedures, client for client ones, both where both may call. */
function callersOf({ access, permission }: ProcedureInfo): Caller[] {
  if (access === 'public') return [anonymous];
  return [owner, client].filter((c) => !permission || (c.role !== 'anonymous' && can(c.role, permission)));
}

/** Ids of both practices (so a valid input may name one of B's rows), and ids of nothing. */
function anyId(): fc.Arbitrary<string> {
  const known = [a, b]
    .flatMap((p) => [
      p.practice.id,
      p.couple.couple.id,
      p.otherCouple.couple.id,
      p.counselor.membership.id,
      p.otherCounselor.membership.id,
      p.admin.membership.id,
      p.couple.partners[0].membership.id,
      p.couple.partners[0].partner.id,
      p.owner.user.id,
    ])
    .concat(homeworkIds);
  return fc.oneof(fc.constantFrom(...known), fc.uuid());
}

function junk(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.anything({
      maxDepth: 4,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    }),
    fc.constantFrom(
      null,
      undefined,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -0,
      '',
      '\u0000',
      '\uD800',
      'x'.repeat(100_000),
      '🙂'.repeat(10_000),
      new Date(Number.NaN),
      new Date(8.64e15),
      new Date(-8.64e15),
      b.practice.id,
      b.couple.couple.id,
    ),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.integer({ min: 100, max: 3000 }).map(nested),
  );
}

/** `{ a: { a: ... } }`, `depth` levels deep. */
function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value, coupleId: value };
  return value;
}

function inputsOf({ input, path }: ProcedureInfo): fc.Arbitrary<unknown> {
  if (!input) return fc.oneof(fc.constant(undefined), junk());
  const id = anyId();
  const good = knownGood[path];
  return fc.oneof(
    ...(good ? [{ weight: 2, arbitrary: fc.constant(null).map(() => good()) }] : []),
    {
      weight: 2,
      arbitrary: fc
        .tuple(id, fc.boolean())
        .map(([uuid, withOptional]) => exampleInput(input, { uuid, withOptional })),
    },
    { weight: 4, arbitrary: arbitraryFrom(input, { uuid: id }) },
    { weight: 3, arbitrary: arbitraryFrom(input, { uuid: id, junk: junk() }) },
    { weight: 1, arbitrary: junk() },
  );
}

/** Mostly the caller's own practice; sometimes another, a malformed one or none. */
function practiceHints(): fc.Arbitrary<string | null> {
  return fc.oneof(
    { weight: 9, arbitrary: fc.constant(a.practice.id) },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.constantFrom(null, '', b.practice.id, a.practice.id.toUpperCase(), ` ${a.practice.id}`),
        fc.uuid(),
        fc.string({ unit: 'binary' }),
      ),
    },
  );
}

const procedures = allProcedures();

it('fuzzes every kind of procedure the router has', () => {
  expect(procedures.filter((p) => p.access === 'practice').length).toBeGreaterThan(3);
  expect(procedures.map((p) => p.path)).toContain('practice.mine');
});

it.each(procedures)(
  '$path ($access $type) never fails on our side, whatever the input',
  async (procedure) => {
    const outcomes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...callersOf(procedure)),
        practiceHints(),
        inputsOf(procedure),
        async (caller, hint, input) => {
          const api = callerFor(t.db, caller.userId(), hint, caller.kind);
          const outcome = describeOutcome(await outcomeOf(callByPath(api, procedure.path, input)));
          expect(outcome).not.toMatch(/^INTERNAL_SERVER_ERROR/);
          const code = REFUSED_BY_STATE[procedure.path]?.test(outcome)
            ? 'refused-by-state'
            : (outcome.split(' ')[0] ?? outcome);
          outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
        },
      ),
      { numRuns: RUNS, seed },
    );
    // Not only refusals: the well-formed inputs reach the service and some calls succeed.
    expect(Object.fromEntries(outcomes)).toHaveProperty(
      procedure.path in REFUSED_BY_STATE ? 'refused-by-state' : 'success',
    );
  },
  300_000,
);

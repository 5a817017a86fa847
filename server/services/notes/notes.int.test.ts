// Session notes: drafts with a version check, signing that locks (in the service and in the
// database), addenda, author-only process notes, the homework review, assigning from a note,
// confidentiality (ciphertext at rest, clients refused) and the audit trail.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditEvents, counselingSessions, exercises, sessionNotes } from '@/db/schema';
import { withTenant } from '@/db/tenant';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import { assignExercise, exerciseContent, inDays, secret } from '@/test/homework-fixtures';
import { exampleInput } from '@/test/input-from-zod';
import { callByPath, describeOutcome, outcomeOf, practiceProcedures } from '@/test/procedures';
import { expectSqlError, queryRows } from '@/test/sql';
import { createTestDb } from '@/test/test-db';
import type { Actor } from '../actor';
import { loadCoupleObservations } from './load-couple-observations';
import { emptyNoteContent, type TNoteContent } from './note-shape';

let t: DbHandle;
let p: TestPractice;

beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
});
afterAll(() => t?.close());

const DAY = 86_400_000;
const counselor = () => callerFor(t.db, p.counselor.user.id, p.practice.id);
const owner = () => callerFor(t.db, p.owner.user.id, p.practice.id);
const otherCounselor = () => callerFor(t.db, p.otherCounselor.user.id, p.practice.id);
const partner = (i: 0 | 1) => callerFor(t.db, p.couple.partners[i].user.id, p.practice.id, 'client');
const staff = () => ({ userId: p.counselor.user.id, practiceId: p.practice.id });

/** A session of the counselor's first couple, straight into the table: these tests are not about booking. */
async function makeSession(startsAt: Date, status: 'scheduled' | 'attended' | 'cancelled' = 'attended') {
  const [row] = await t.db
    .insert(counselingSessions)
    .values({
      practiceId: p.practice.id,
      coupleId: p.couple.couple.id,
      counselorId: p.counselor.membership.id,
      startsAt,
      durationMinutes: 50,
      format: 'in-person',
      location: 'Room 1',
      status,
      createdById: p.counselor.membership.id,
    })
    .returning({ id: counselingSessions.id });
  if (!row) throw new Error('no session');
  return row.id;
}

/** A note with every behavior rated, the plan written and one thing in each comment. */
function ratedContent(marker: string): TNoteContent {
  const content = emptyNoteContent();
  for (const observation of Object.values(content.observations)) observation.level = 'present';
  content.observations.compassion = { level: 'strong', comment: `${marker} comfort` };
  content.sections = { data: `${marker} data`, assessment: `${marker} assessment`, plan: `${marker} plan` };
  return content;
}

async function draftNote(sessionId: string, content: TNoteContent) {
  return counselor().notes.saveDraft({ sessionId, expectedUpdatedAt: null, content });
}

async function signedNote(marker = secret('note')) {
  const sessionId = await makeSession(new Date(Date.now() - 30 * DAY));
  const { updatedAt, noteId } = await draftNote(sessionId, ratedContent(marker));
  await counselor().notes.sign({ sessionId, expectedUpdatedAt: updatedAt });
  return { sessionId, noteId, marker };
}

const auditOf = (targetId: string) =>
  t.db
    .select({ action: auditEvents.action, metadata: auditEvents.metadata, actor: auditEvents.actorUserId })
    .from(auditEvents)
    .where(and(eq(auditEvents.practiceId, p.practice.id), eq(auditEvents.targetId, targetId)));

describe('drafts', () => {
  it('starts empty, saves a draft with the practice template, and reads it back', async () => {
    const sessionId = await makeSession(new Date(Date.now() - DAY));
    const before = await counselor().notes.get({ sessionId });
    expect(before).toMatchObject({ note: null, template: 'dap', canStart: true, addenda: [] });
    const content = ratedContent('draft');
    const saved = await draftNote(sessionId, content);
    const after = await counselor().notes.get({ sessionId });
    expect(after.note).toMatchObject({ id: saved.noteId, isAuthor: true, signedAt: null, content });
    expect(after.note?.updatedAt.getTime()).toBe(saved.updatedAt.getTime());
  });

  it('refuses a stale save from a second tab, and a second first save', async () => {
    const sessionId = await makeSession(new Date(Date.now() - 2 * DAY));
    const first = await draftNote(sessionId, emptyNoteContent());
    const tabA = await counselor().notes.saveDraft({
      sessionId,
      expectedUpdatedAt: first.updatedAt,
      content: ratedContent('tab A'),
    });
    await expect(
      counselor().notes.saveDraft({
        sessionId,
        expectedUpdatedAt: first.updatedAt,
        content: ratedContent('B'),
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/another tab/) });
    await expect(draftNote(sessionId, emptyNoteContent())).rejects.toMatchObject({ code: 'CONFLICT' });
    const stored = await counselor().notes.get({ sessionId });
    expect(stored.note?.content.sections.data).toBe('tab A data');
    expect(stored.note?.updatedAt.getTime()).toBe(tabA.updatedAt.getTime());
  });

  it('refuses sections the template does not have, and comments on another couple’s homework', async () => {
    const sessionId = await makeSession(new Date(Date.now() - 3 * DAY));
    const soap = { ...emptyNoteContent(), sections: { subjective: 'not in DAP' } };
    await expect(draftNote(sessionId, soap)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const elsewhere = await assignExercise(
      t.db,
      staff(),
      p.secondCouple.couple.id,
      exerciseContent('reflection'),
    );
    const stray = { ...emptyNoteContent(), homeworkReview: [{ assignmentId: elsewhere, comment: 'x' }] };
    await expect(draftNote(sessionId, stray)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('lets only the author change a draft, and nobody start a note on a cancelled session', async () => {
    const sessionId = await makeSession(new Date(Date.now() - 4 * DAY));
    const { updatedAt } = await draftNote(sessionId, emptyNoteContent());
    await expect(
      owner().notes.saveDraft({ sessionId, expectedUpdatedAt: updatedAt, content: emptyNoteContent() }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(owner().notes.sign({ sessionId, expectedUpdatedAt: updatedAt })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const cancelled = await makeSession(new Date(Date.now() - 5 * DAY), 'cancelled');
    await expect(draftNote(cancelled, emptyNoteContent())).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('hides another caseload’s sessions from a counselor, as not found', async () => {
    const sessionId = await makeSession(new Date(Date.now() - 6 * DAY));
    await expect(otherCounselor().notes.get({ sessionId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(draftNote(sessionId, emptyNoteContent()).then(() => 'saved')).resolves.toBe('saved');
    await expect(
      otherCounselor().notes.saveDraft({ sessionId, expectedUpdatedAt: null, content: emptyNoteContent() }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('signing', () => {
  it('needs all nine behaviors rated', async () => {
    const sessionId = await makeSession(new Date(Date.now() - 7 * DAY));
    const content = ratedContent('partly');
    content.observations['quality-time'].level = null;
    const { updatedAt } = await draftNote(sessionId, content);
    await expect(counselor().notes.sign({ sessionId, expectedUpdatedAt: updatedAt })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/Time for the two of you/),
    });
  });

  it('locks the note: the service refuses a change, a second signature and a stale signature', async () => {
    const { sessionId, marker } = await signedNote();
    const note = (await counselor().notes.get({ sessionId })).note;
    expect(note?.signedAt).toBeInstanceOf(Date);
    const updatedAt = note?.updatedAt ?? new Date();
    await expect(
      counselor().notes.saveDraft({ sessionId, expectedUpdatedAt: updatedAt, content: ratedContent('late') }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/addendum/) });
    await expect(counselor().notes.sign({ sessionId, expectedUpdatedAt: updatedAt })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await counselor().notes.get({ sessionId })).note?.content.sections.data).toBe(`${marker} data`);
  });

  it('is refused by the database too, whatever the role', async () => {
    const { noteId } = await signedNote();
    const asCounselor = <T>(work: Parameters<typeof withTenant<T>>[2]) =>
      withTenant(t.db, { practiceId: p.practice.id, userId: p.counselor.user.id }, work);
    const update = await expectSqlError(
      asCounselor((tx) =>
        tx
          .update(sessionNotes)
          .set({ contentCiphertext: 'x', signedAt: null })
          .where(eq(sessionNotes.id, noteId)),
      ),
    );
    expect(update.code).toBe('55000');
    // The app role may not delete notes at all; the trigger stops even the owner of the tables.
    const appDelete = await expectSqlError(
      asCounselor((tx) => tx.delete(sessionNotes).where(eq(sessionNotes.id, noteId))),
    );
    expect(appDelete.code).toBe('42501');
    const ownerDelete = await expectSqlError(t.db.delete(sessionNotes).where(eq(sessionNotes.id, noteId)));
    expect(ownerDelete.code).toBe('55000');
    const ownerUpdate = await expectSqlError(
      t.db.update(sessionNotes).set({ signedAt: null }).where(eq(sessionNotes.id, noteId)),
    );
    expect(ownerUpdate.code).toBe('55000');
  });
});

describe('addenda', () => {
  it('come after signing only, and are kept in order with author and time', async () => {
    const sessionId = await makeSession(new Date(Date.now() - 8 * DAY));
    await draftNote(sessionId, ratedContent('draft'));
    await expect(counselor().notes.addAddendum({ sessionId, text: 'Too early' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const { updatedAt } = (await counselor().notes.get({ sessionId })).note ?? {};
    await counselor().notes.sign({ sessionId, expectedUpdatedAt: updatedAt ?? new Date() });
    await counselor().notes.addAddendum({ sessionId, text: 'First correction' });
    await owner().notes.addAddendum({ sessionId, text: 'Second, by the owner' });
    await counselor().notes.addAddendum({ sessionId, text: 'Third' });
    const { addenda } = await counselor().notes.get({ sessionId });
    expect(addenda.map((a) => [a.text, a.authorName])).toEqual([
      ['First correction', p.counselor.user.name],
      ['Second, by the owner', p.owner.user.name],
      ['Third', p.counselor.user.name],
    ]);
    const times = addenda.map((a) => a.createdAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => x - y));
  });
});

describe('confidentiality', () => {
  it('stores none of the note’s words in plain text', async () => {
    const { noteId, sessionId, marker } = await signedNote();
    await counselor().notes.addAddendum({ sessionId, text: `${marker} addendum` });
    await counselor().notes.processNote.save({
      sessionId,
      expectedUpdatedAt: null,
      text: `${marker} process`,
    });
    const rows = await queryRows<{ row: unknown }>(
      t.db,
      sql`select row_to_json(x)::text as row from (
        select content_ciphertext as c from session_notes where id = ${noteId}
        union all select body_ciphertext from session_note_addenda where note_id = ${noteId}
        union all select body_ciphertext from process_notes where session_id = ${sessionId}) x`,
    );
    expect(rows).toHaveLength(3);
    const stored = JSON.stringify(rows);
    for (const word of [marker, 'comfort', 'assessment', 'addendum', 'process'])
      expect(stored).not.toContain(word);
  });

  it('refuses a client every note procedure', async () => {
    const { sessionId } = await signedNote();
    const notes = practiceProcedures().filter((x) => x.path.startsWith('notes.'));
    expect(notes.map((x) => x.path)).toEqual(
      expect.arrayContaining(['notes.get', 'notes.saveDraft', 'notes.sign', 'notes.addAddendum']),
    );
    for (const procedure of notes) {
      const input = procedure.input && exampleInput(procedure.input, { uuid: sessionId });
      const outcome = await outcomeOf(callByPath(partner(0), procedure.path, input));
      expect(describeOutcome(outcome), procedure.path).toMatch(/^FORBIDDEN/);
    }
  });

  it('audits every read and write of a note and its addenda, with no content', async () => {
    const { noteId, sessionId, marker } = await signedNote();
    await counselor().notes.addAddendum({ sessionId, text: `${marker} later` });
    await owner().notes.get({ sessionId });
    const events = await auditOf(noteId);
    expect(events.map((e) => e.action).sort()).toEqual(
      ['note.addendum-added', 'note.read', 'note.saved', 'note.signed'].sort(),
    );
    expect(events.find((e) => e.action === 'note.read')?.actor).toBe(p.owner.user.id);
    expect(JSON.stringify(events)).not.toContain(marker);
  });
});

describe('process notes', () => {
  it('belong to their author alone: not the owner, not another counselor, by RLS and by the service', async () => {
    const sessionId = await makeSession(new Date(Date.now() - 9 * DAY));
    const text = secret('process');
    const { updatedAt } = await counselor().notes.processNote.save({
      sessionId,
      expectedUpdatedAt: null,
      text,
    });
    expect(await counselor().notes.processNote.get({ sessionId })).toEqual({ text, updatedAt });
    expect(await owner().notes.processNote.get({ sessionId })).toBeNull();
    await expect(otherCounselor().notes.processNote.get({ sessionId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    for (const userId of [p.owner.user.id, p.otherCounselor.user.id, p.admin.user.id]) {
      const seen = await withTenant(t.db, { practiceId: p.practice.id, userId }, (tx) =>
        queryRows(tx, sql`select id from process_notes`),
      );
      expect(seen).toEqual([]);
    }
    // The owner may keep their own process note on the same session, which the author never sees.
    await owner().notes.processNote.save({ sessionId, expectedUpdatedAt: null, text: 'owner’s own' });
    expect((await counselor().notes.processNote.get({ sessionId }))?.text).toBe(text);
    expect(JSON.stringify(await owner().notes.get({ sessionId }))).not.toContain(text);
    const events = await t.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.practiceId, p.practice.id), eq(auditEvents.targetType, 'process_note')));
    expect(new Set(events.map((e) => e.action))).toEqual(
      new Set(['process-note.saved', 'process-note.read']),
    );
  });

  it('refuses a stale save from a second tab', async () => {
    const sessionId = await makeSession(new Date(Date.now() - 10 * DAY));
    const first = await counselor().notes.processNote.save({
      sessionId,
      expectedUpdatedAt: null,
      text: 'one',
    });
    await counselor().notes.processNote.save({ sessionId, expectedUpdatedAt: first.updatedAt, text: 'two' });
    await expect(
      counselor().notes.processNote.save({ sessionId, expectedUpdatedAt: first.updatedAt, text: 'three' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('the homework review', () => {
  it('lists homework due since the previous session, with statuses and check-in gaps but no text', async () => {
    const { couple } = p;
    // The previous session was yesterday; this one is in eight days.
    await makeSession(new Date(Date.now() - DAY));
    const sessionId = await makeSession(new Date(Date.now() + 8 * DAY), 'scheduled');
    const reflection = await assignExercise(t.db, staff(), couple.couple.id, exerciseContent('reflection'), {
      dueOn: inDays(3),
    });
    const checkIn = await assignExercise(t.db, staff(), couple.couple.id, exerciseContent('check-in-scale'), {
      dueOn: inDays(4),
    });
    const later = await assignExercise(t.db, staff(), couple.couple.id, exerciseContent('reflection'), {
      dueOn: inDays(12),
    });
    const cancelled = await assignExercise(t.db, staff(), couple.couple.id, exerciseContent('reflection'), {
      dueOn: inDays(2),
    });
    await counselor().homework.cancel({ assignmentId: cancelled });
    const [privateText, draftText] = [secret('private'), secret('draft')];
    await partner(0).portal.homework.submit({
      assignmentId: reflection,
      body: { kind: 'reflection', answers: [privateText, 'more'] },
      visibility: 'private',
    });
    await partner(1).portal.homework.save({
      assignmentId: reflection,
      body: { kind: 'reflection', answers: [draftText, ''] },
    });
    const rate = (self: number, other: number) => ({
      kind: 'check-in-scale' as const,
      ratings: [
        { behavior: 'compassion' as const, self, partner: other },
        { behavior: 'accountability' as const, self: 3, partner: 3 },
      ],
    });
    await partner(0).portal.homework.submit({
      assignmentId: checkIn,
      body: rate(5, 2),
      visibility: 'counselor',
    });
    await partner(1).portal.homework.submit({
      assignmentId: checkIn,
      body: rate(1, 4),
      visibility: 'counselor',
    });

    const { homeworkReview } = await counselor().notes.get({ sessionId });
    const ids = homeworkReview.items.map((i) => i.id);
    expect(ids).toEqual([reflection, checkIn]);
    expect(ids).not.toContain(later);
    const [first, second] = p.couple.partners.map((x) => x.partner.id);
    expect(homeworkReview.items[0]?.slots).toEqual([
      expect.objectContaining({ partnerId: first, status: 'submitted' }),
      expect.objectContaining({ partnerId: second, status: 'draft' }),
    ]);
    // Partner 0: self 5, seen 4 -> 1; partner 1: self 1, seen 2 -> 1; both rated accountability 3.
    const compassion = homeworkReview.checkIns.find((c) => c.behavior === 'compassion');
    expect(compassion).toMatchObject({ selfAverage: 3, partnerAverage: 3, gap: 1 });
    expect(homeworkReview.checkIns.find((c) => c.behavior === 'accountability')).toMatchObject({ gap: 0 });
    const json = JSON.stringify(homeworkReview);
    expect(json).not.toContain(privateText);
    expect(json).not.toContain(draftText);
  });

  it('keeps the counselor’s comment on each reviewed assignment in the note', async () => {
    const sessionId = await makeSession(new Date(Date.now() + 20 * DAY), 'scheduled');
    const { homeworkReview } = await counselor().notes.get({ sessionId });
    const assignmentId = homeworkReview.items[0]?.id ?? '';
    const content = {
      ...ratedContent('review'),
      homeworkReview: [{ assignmentId, comment: 'Worth talking about' }],
    };
    await draftNote(sessionId, content);
    expect((await counselor().notes.get({ sessionId })).note?.content.homeworkReview).toEqual(
      content.homeworkReview,
    );
  });
});

describe('assigning homework from a note', () => {
  const libraryRef = async () => {
    const [row] = await t.db
      .select({ id: exercises.id })
      .from(exercises)
      .where(eq(exercises.kind, 'reflection'));
    return { source: 'library' as const, exerciseId: row?.id ?? '' };
  };

  it('links the homework to an unsigned note and shows it there; a signed note refuses', async () => {
    const sessionId = await makeSession(new Date(Date.now() - 11 * DAY));
    const { noteId, updatedAt } = await draftNote(sessionId, ratedContent('assign'));
    const exercise = await libraryRef();
    const { assignmentIds } = await counselor().homework.assign({
      coupleId: p.couple.couple.id,
      exercises: [exercise],
      dueOn: inDays(7),
      sessionNoteId: noteId,
    });
    const view = await counselor().notes.get({ sessionId });
    expect(view.assignedFromNote.map((a) => a.id)).toEqual(assignmentIds);
    await expect(
      counselor().homework.assign({
        coupleId: p.secondCouple.couple.id,
        exercises: [exercise],
        dueOn: inDays(7),
        sessionNoteId: noteId,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await counselor().notes.sign({ sessionId, expectedUpdatedAt: updatedAt });
    await expect(
      counselor().homework.assign({
        coupleId: p.couple.couple.id,
        exercises: [exercise],
        dueOn: inDays(7),
        sessionNoteId: noteId,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/signed/) });
  });
});

describe('loadCoupleObservations', () => {
  it('gives the levels of signed notes only, oldest session first, audited as reads', async () => {
    const draftSession = await makeSession(new Date(Date.now() - 40 * DAY));
    await draftNote(draftSession, ratedContent('unsigned'));
    const { sessionId, noteId } = await signedNote();
    const actor: Actor = {
      userId: p.counselor.user.id,
      practiceId: p.practice.id,
      membershipId: p.counselor.membership.id,
      role: 'counselor',
      meta: { ip: null, userAgent: null },
    };
    const rows = await withTenant(t.db, { practiceId: p.practice.id, userId: actor.userId }, (tx) =>
      loadCoupleObservations(tx, actor, p.couple.couple.id),
    );
    expect(rows.map((r) => r.sessionId)).not.toContain(draftSession);
    expect(rows.find((r) => r.sessionId === sessionId)?.observations).toMatchObject({
      compassion: 'strong',
      'quality-time': 'present',
    });
    const starts = rows.map((r) => r.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    const reads = (await auditOf(noteId)).filter((e) => e.metadata?.purpose === 'observations');
    expect(reads).toHaveLength(1);
  });
});

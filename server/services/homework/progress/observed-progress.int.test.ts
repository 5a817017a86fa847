// The counselor's progress view carries the levels observed in signed notes; a partner's never does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { counselingSessions } from '@/db/schema';
import { emptyNoteContent } from '@/server/services/notes/note-shape';
import { calendarDateIn } from '@/server/services/practices/time-zone';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import { createTestDb } from '@/test/test-db';

let t: DbHandle;
let p: TestPractice;
beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
});
afterAll(() => t?.close());

const counselor = () => callerFor(t.db, p.counselor.user.id, p.practice.id);

async function signedNoteFiveDaysAgo(compassion: 'emerging' | 'strong', draftOnly = false) {
  const startsAt = new Date(Date.now() - 5 * 86_400_000);
  const [session] = await t.db
    .insert(counselingSessions)
    .values({
      practiceId: p.practice.id,
      coupleId: p.couple.couple.id,
      counselorId: p.counselor.membership.id,
      startsAt,
      durationMinutes: 50,
      format: 'video',
      location: 'https://meet.example.test/room',
      status: 'attended',
      createdById: p.counselor.membership.id,
    })
    .returning({ id: counselingSessions.id });
  const sessionId = session?.id ?? '';
  const content = emptyNoteContent();
  for (const observation of Object.values(content.observations)) observation.level = 'present';
  content.observations.compassion = { level: compassion, comment: 'A private observation' };
  const { updatedAt } = await counselor().notes.saveDraft({ sessionId, expectedUpdatedAt: null, content });
  if (!draftOnly) await counselor().notes.sign({ sessionId, expectedUpdatedAt: updatedAt });
  return startsAt;
}

describe('progress with session observations', () => {
  it('shows staff the level observed per behavior from signed notes only, dated in the practice zone', async () => {
    const startsAt = await signedNoteFiveDaysAgo('strong');
    await signedNoteFiveDaysAgo('emerging', true);
    const progress = await counselor().homework.progress({ coupleId: p.couple.couple.id });
    const compassion = progress.behaviors.find((b) => b.behavior === 'compassion');
    expect(compassion?.observed).toEqual([
      expect.objectContaining({ on: calendarDateIn(startsAt, 'America/New_York'), level: 'strong' }),
    ]);
    expect(
      progress.behaviors.find((b) => b.behavior === 'quality-time')?.observed.map((o) => o.level),
    ).toEqual(['present']);
  });

  it('never gives a partner the observations or the note', async () => {
    const progress = await callerFor(
      t.db,
      p.couple.partners[0].user.id,
      p.practice.id,
      'client',
    ).portal.progress({});
    const text = JSON.stringify(progress);
    expect(text).not.toContain('observed');
    expect(text).not.toContain('A private observation');
  });
});

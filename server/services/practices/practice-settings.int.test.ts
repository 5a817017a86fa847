// Owners and admins set the practice's name, time zone, default answer visibility, note template and
// office address; counselors cannot.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditEvents, counselingSessions } from '@/db/schema';
import { callerFor, makePractice, type TestPractice } from '@/test/factories';
import { assignExercise, exerciseContent } from '@/test/homework-fixtures';
import { createTestDb } from '@/test/test-db';

let t: DbHandle;
let p: TestPractice;
beforeAll(async () => {
  t = await createTestDb();
  p = await makePractice(t.db);
});
afterAll(() => t?.close());

const owner = () => callerFor(t.db, p.owner.user.id, p.practice.id);
const counselor = () => callerFor(t.db, p.counselor.user.id, p.practice.id);

describe('practice settings', () => {
  it('lets the owner change name, time zone and note template, audited, and new notes use the template', async () => {
    await owner().practice.updateSettings({
      name: 'Harbor Couples',
      timeZone: 'Europe/Lisbon',
      noteTemplate: 'soap',
      defaultAnswerVisibility: 'counselor',
      officeAddress: '',
    });
    expect(await owner().practice.current()).toMatchObject({
      name: 'Harbor Couples',
      timeZone: 'Europe/Lisbon',
      noteTemplate: 'soap',
      defaultAnswerVisibility: 'counselor',
    });
    const audit = await t.db
      .select({ metadata: auditEvents.metadata })
      .from(auditEvents)
      .where(
        and(eq(auditEvents.practiceId, p.practice.id), eq(auditEvents.action, 'practice.settings-changed')),
      );
    expect(audit).toEqual([
      {
        metadata: {
          timeZone: 'Europe/Lisbon',
          noteTemplate: 'soap',
          defaultAnswerVisibility: 'counselor',
          officeAddress: '',
        },
      },
    ]);

    const [session] = await t.db
      .insert(counselingSessions)
      .values({
        practiceId: p.practice.id,
        coupleId: p.couple.couple.id,
        counselorId: p.counselor.membership.id,
        startsAt: new Date(Date.now() - 86_400_000),
        durationMinutes: 50,
        format: 'in-person',
        status: 'attended',
        createdById: p.counselor.membership.id,
      })
      .returning({ id: counselingSessions.id });
    expect((await counselor().notes.get({ sessionId: session?.id ?? '' })).template).toBe('soap');
  });

  it('offers partners the new default answer visibility on homework they have not answered', async () => {
    const assignmentId = await assignExercise(
      t.db,
      { userId: p.counselor.user.id, practiceId: p.practice.id },
      p.couple.couple.id,
      exerciseContent('reflection'),
    );
    const partner = callerFor(t.db, p.couple.partners[0].user.id, p.practice.id, 'client');
    expect((await partner.portal.homework.get({ assignmentId })).defaultVisibility).toBe('counselor');
    const current = await owner().practice.current();
    await owner().practice.updateSettings({
      name: current.name,
      timeZone: current.timeZone,
      noteTemplate: current.noteTemplate,
      defaultAnswerVisibility: 'couple',
      officeAddress: current.officeAddress,
    });
    expect((await partner.portal.homework.get({ assignmentId })).defaultVisibility).toBe('couple');
  });

  it('refuses a counselor, and explains a time zone that does not exist', async () => {
    const settings = {
      name: 'Taken over',
      timeZone: 'UTC',
      noteTemplate: 'dap',
      defaultAnswerVisibility: 'private',
      officeAddress: '',
    } as const;
    await expect(counselor().practice.updateSettings(settings)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      owner().practice.updateSettings({ ...settings, timeZone: 'Atlantis/Capital' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect((await owner().practice.current()).name).toBe('Harbor Couples');
  });

  it('keeps an office address that in-person sessions without their own place show, to staff and partners', async () => {
    const current = await owner().practice.current();
    const settings = {
      name: current.name,
      timeZone: current.timeZone,
      noteTemplate: current.noteTemplate,
      defaultAnswerVisibility: current.defaultAnswerVisibility,
    };
    for (const officeAddress of ['12 Elm St\nSuite 4', 'x'.repeat(201)]) {
      await expect(owner().practice.updateSettings({ ...settings, officeAddress })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
    }
    await expect(
      counselor().practice.updateSettings({ ...settings, officeAddress: '1 Other Rd' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await owner().practice.updateSettings({ ...settings, officeAddress: '  12 Elm Street, Suite 4  ' });
    expect((await counselor().practice.current()).officeAddress).toBe('12 Elm Street, Suite 4');

    const book = (format: 'in-person' | 'video', location: string, days: number) =>
      counselor().sessions.schedule({
        coupleId: p.couple.couple.id,
        date: new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10),
        time: '12:00',
        durationMinutes: 50,
        format,
        location,
      });
    const atOffice = await book('in-person', '', 3);
    const elsewhere = await book('in-person', '40 Harbor Road', 4);
    const video = await book('video', 'https://meet.example.com/x', 5);
    const addressOf = (items: { id: string; address: string }[], id: string) =>
      items.find((s) => s.id === id)?.address;
    const staff = (await counselor().sessions.forCouple({ coupleId: p.couple.couple.id })).upcoming;
    const partner = callerFor(t.db, p.couple.partners[0].user.id, p.practice.id, 'client');
    const portal = (await partner.portal.upcomingSessions()).items;
    for (const items of [staff, portal]) {
      expect(addressOf(items, atOffice.sessionId)).toBe('12 Elm Street, Suite 4');
      expect(addressOf(items, elsewhere.sessionId)).toBe('40 Harbor Road');
      expect(addressOf(items, video.sessionId)).toBe('');
    }
    expect((await counselor().notes.get({ sessionId: atOffice.sessionId })).session.address).toBe(
      '12 Elm Street, Suite 4',
    );
  });
});

// An unsubscribe link arrives in a homework email. Nudges wait out the partner's quiet hours (at
// night the email would not come for hours), so the partner turns quiet hours off for the moment
// the email takes, then gets their own settings back.
import type { Page } from '@playwright/test';
import { z } from 'zod';
import { daysFromToday } from '../support';
import { mailedLinkQuery } from './mail-link';
import { trpcMutation, trpcQuery } from './trpc';

const ZPreferences = z.object({
  homeworkNudges: z.boolean(),
  sessionReminders: z.boolean(),
  timeZone: z.string().nullable(),
  quietHours: z.object({ start: z.number(), end: z.number() }).nullable(),
});

export async function unsubscribeSample(
  pages: { owner: Page; partner: Page; mailbox: Page },
  sample: { practiceId: string; coupleId: string; exerciseId: string; partnerEmail: string },
): Promise<string> {
  const { practiceId } = sample;
  const partner = pages.partner.request;
  const saved = await trpcQuery(partner, { practiceId, path: 'preferences.get', output: ZPreferences });
  const { homeworkNudges, sessionReminders, timeZone, quietHours } = saved;
  await trpcMutation(partner, {
    practiceId,
    path: 'preferences.update',
    input: { homeworkNudges: true, sessionReminders, timeZone, quietHours: null },
    output: z.unknown(),
  });
  try {
    await trpcMutation(pages.owner.request, {
      practiceId,
      path: 'homework.assign',
      input: {
        coupleId: sample.coupleId,
        exercises: [{ source: 'library', exerciseId: sample.exerciseId }],
        dueOn: daysFromToday(7),
      },
      output: z.unknown(),
    });
    return await mailedLinkQuery(pages.mailbox, sample.partnerEmail, '/unsubscribe');
  } finally {
    await trpcMutation(partner, {
      practiceId,
      path: 'preferences.update',
      input: { homeworkNudges, sessionReminders, timeZone, quietHours },
      output: z.unknown(),
    });
  }
}

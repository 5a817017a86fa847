// Owners and admins set the practice's reminder defaults. Clients who saved their own choices keep
// them; everyone else follows the new defaults from the next nudge on. Audited with the values.
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { practices } from '@/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '@/server/services/actor';
import { recordAudit } from '@/server/services/audit/record-audit';
import { getReminderDefaults } from './get-reminder-defaults';
import type { TReminderDefaults } from './reminder-defaults-shape';

export async function updateReminderDefaults(tx: Tx, actor: Actor, input: TReminderDefaults) {
  if (input.quietHours && input.quietHours.start === input.quietHours.end) {
    throw new AppError('BAD_REQUEST', 'Quiet hours must start and end at different times.');
  }
  await tx
    .update(practices)
    .set({
      clientHomeworkNudges: input.homeworkNudges,
      clientSessionReminders: input.sessionReminders,
      clientQuietHoursStart: input.quietHours?.start ?? null,
      clientQuietHoursEnd: input.quietHours?.end ?? null,
    })
    .where(eq(practices.id, actor.practiceId));
  await recordAudit(tx, actor, {
    action: 'practice.reminder-defaults-changed',
    targetType: 'practice',
    targetId: actor.practiceId,
    metadata: {
      homeworkNudges: input.homeworkNudges,
      sessionReminders: input.sessionReminders,
      quietHoursStart: input.quietHours?.start ?? null,
      quietHoursEnd: input.quietHours?.end ?? null,
    },
  });
  return getReminderDefaults(tx, actor.practiceId);
}

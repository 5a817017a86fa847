import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { practices } from '@/db/schema';
import { notFound } from '@/server/errors';
import { reminderDefaultsOf, type TReminderDefaults } from './reminder-defaults-shape';

export async function getReminderDefaults(tx: Tx, practiceId: string): Promise<TReminderDefaults> {
  const [row] = await tx
    .select({
      clientHomeworkNudges: practices.clientHomeworkNudges,
      clientSessionReminders: practices.clientSessionReminders,
      clientQuietHoursStart: practices.clientQuietHoursStart,
      clientQuietHoursEnd: practices.clientQuietHoursEnd,
    })
    .from(practices)
    .where(eq(practices.id, practiceId));
  if (!row) throw notFound('Practice');
  return reminderDefaultsOf(row);
}

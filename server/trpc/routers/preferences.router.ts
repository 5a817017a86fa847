// Each signed-in member's own email preferences; any role may read and change their own.
import { getNotificationPreferences } from '@/server/services/notification-preferences/get-notification-preferences';
import {
  ZNotificationPreferences,
  ZNotificationPreferencesInput,
} from '@/server/services/notification-preferences/preferences-shape';
import { updateNotificationPreferences } from '@/server/services/notification-preferences/update-notification-preferences';
import { router } from '../init';
import { practiceProcedure } from '../procedures';

// 'practice:read' is every member's permission: the row is the caller's own, and the practice
// only supplies the zone used when they have not chosen one.
export const preferencesRouter = router({
  get: practiceProcedure('practice:read')
    .output(ZNotificationPreferences)
    .query(({ ctx }) => getNotificationPreferences(ctx.tx, ctx.actor)),
  // Open when read-only and when the couple's file is closed: unsubscribing must always work.
  update: practiceProcedure('practice:read')
    .meta({ openWhenReadOnly: true, openWhenCoupleClosed: true })
    .input(ZNotificationPreferencesInput)
    .output(ZNotificationPreferences)
    .mutation(({ ctx, input }) => updateNotificationPreferences(ctx.tx, ctx.actor, input)),
});

// Whether the practice's mail to clients is discreet by default, and the sender name it then
// goes out under. A client may choose otherwise for themselves (notification preferences).
import { z } from 'zod';

export const SENDER_NAME_MAX = 60;

const ZDiscreetSenderName = z
  .string()
  .trim()
  .min(1, 'Enter a sender name.')
  .max(SENDER_NAME_MAX, `Keep the sender name to ${SENDER_NAME_MAX} characters.`)
  // Control characters could break the From header; quotes, angle brackets and backslashes
  // would be removed from it (server/jobs/delivery/message-headers.ts), so refuse them here.
  .refine(
    (name) => !/[\p{Cc}"<>\\]/u.test(name),
    'Use letters, numbers, spaces and ordinary punctuation (no quotes, \\ or < >).',
  );

export const ZEmailDiscretion = z.object({
  /** On: mail to clients who have not chosen is discreet. */
  discreetByDefault: z.boolean(),
  senderName: ZDiscreetSenderName,
});
export type TEmailDiscretion = z.infer<typeof ZEmailDiscretion>;

/** As stored: the database's own check is looser (length, no control characters). */
export const ZEmailDiscretionOutput = z.object({ discreetByDefault: z.boolean(), senderName: z.string() });

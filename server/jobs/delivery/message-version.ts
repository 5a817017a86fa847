// Which version of a claimed message goes out. Mail to a client waits in the outbox in two
// versions; the first attempt picks one from the settings of that moment (the client's own choice,
// else their practice's), and record-outcome.ts stores it as the message, so every retry under the
// same idempotency key sends exactly what the first attempt sent. Pure, tested without a database.

export const DEFAULT_DISCREET_SENDER_NAME = 'Account notifications';

export type MessageVersion = {
  subject: string;
  html: string | null;
  text: string | null;
  senderName: string;
};

export type PracticeDiscretion = { discreetClientEmail: boolean; discreetSenderName: string };

export function chooseVersion(input: {
  message: MessageVersion & {
    discreetSubject: string | null;
    discreetHtml: string | null;
    discreetText: string | null;
  };
  /** The recipient's own choice: true discreet, false named, null or absent their practice's. */
  clientChoice: boolean | null | undefined;
  /** Absent when the practice is gone: then discreet, the default. */
  practice: PracticeDiscretion | undefined;
}): MessageVersion {
  const { message } = input;
  const named = {
    subject: message.subject,
    html: message.html,
    text: message.text,
    senderName: message.senderName,
  };
  // Staff mail, or a message whose version an earlier attempt already fixed.
  if (message.discreetSubject === null) return named;
  const discreet = input.clientChoice ?? input.practice?.discreetClientEmail ?? true;
  if (!discreet) return named;
  return {
    subject: message.discreetSubject,
    html: message.discreetHtml,
    text: message.discreetText,
    senderName: input.practice?.discreetSenderName ?? DEFAULT_DISCREET_SENDER_NAME,
  };
}

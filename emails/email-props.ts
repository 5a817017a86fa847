// The only kinds of data a nudge carries: names, counts, dates, a session's address and a link.
// Free text from the app (titles, prompts, answers, notes) has no field to go in, so it cannot reach
// an inbox that another person may read.

/** Who the message is for, who sends it, and where it leads: the same on every nudge. */
export type NudgeBase = {
  practiceName: string;
  /** The recipient's name as the practice knows it, for the greeting. */
  recipientName: string;
  url: string;
  /** Filled in by the sender for a nudge its recipient can turn off (server/email/enqueue-email.ts). */
  unsubscribeUrl?: string;
};

/**
 * Set by the renderer, never by a caller: the discreet version of a client's message, which says
 * nothing of counseling, the practice, the counselor or this product, in the subject, the inbox
 * preview or the body (a shared inbox shows all three). See README, Email.
 */
export type Discretion = { discreet?: boolean };

/** A nudge to a client: it has a discreet version. */
export type ClientNudge = NudgeBase & Discretion;

export const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

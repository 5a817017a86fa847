// The only kinds of data a nudge carries: names, counts, dates and a link. Free text from the app
// (titles, prompts, answers, notes) has no field to go in, so it cannot reach an inbox that
// another person may read.

/** Who the message is for, who sends it, and where it leads: the same on every nudge. */
export type NudgeBase = {
  practiceName: string;
  /** The recipient's name as the practice knows it, for the greeting. */
  recipientName: string;
  url: string;
  /** Filled in by the sender for a nudge its recipient can turn off (server/email/enqueue-email.ts). */
  unsubscribeUrl?: string;
};

export const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

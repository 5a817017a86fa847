// The private safety check-in's wording: a few plain questions in the spirit of brief screens for
// partner violence (fear, being hurt, being controlled or threatened, feeling safe to do the
// homework), written by us. Free of server code so the portal form can import it.
export const CHECK_IN_QUESTIONS = [
  {
    id: 'afraid',
    text: 'In the past few weeks, have you felt afraid of your partner?',
    concernIf: ['yes', 'sometimes'],
  },
  {
    id: 'hurt',
    text: 'Has your partner pushed, hit, grabbed or physically hurt you, or threatened to?',
    concernIf: ['yes', 'sometimes'],
  },
  {
    id: 'controlled',
    text: 'Does your partner keep you from seeing people, check your phone or money, or decide where you can go?',
    concernIf: ['yes', 'sometimes'],
  },
  {
    id: 'put-down',
    text: 'Does your partner insult you, scream at you or make you feel worthless?',
    concernIf: ['yes'],
  },
  {
    id: 'safe-homework',
    text: 'Do you feel safe doing exercises together and sharing your answers with your partner?',
    concernIf: ['no', 'sometimes'],
  },
] as const;

export type TCheckInQuestionId = (typeof CHECK_IN_QUESTIONS)[number]['id'];

/** The questions whose answers point to danger (skipped ones never do). */
export function concernsIn(
  answers: Partial<Record<TCheckInQuestionId, string | null>>,
): TCheckInQuestionId[] {
  return CHECK_IN_QUESTIONS.filter((q) => {
    const answer = answers[q.id];
    return answer != null && (q.concernIf as readonly string[]).includes(answer);
  }).map((q) => q.id);
}

export const CHECK_IN_CHOICES = [
  { value: 'no', label: 'No' },
  { value: 'sometimes', label: 'Sometimes' },
  { value: 'yes', label: 'Yes' },
] as const;

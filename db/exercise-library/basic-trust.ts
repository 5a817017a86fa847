// Exercises for respecting the person: naming what was done that hurt, never attacking who someone is.
import type { LibraryExercise } from '../exercise-content';

export const basicTrust: LibraryExercise[] = [
  {
    key: 'basic-trust.act-not-person',
    behavior: 'basic-trust',
    kind: 'reflection',
    title: 'The act, not the person',
    summary: 'Practise raising a complaint about something that happened, not about who your partner is.',
    instructions:
      '“You never think of anyone else” is about a person. “When you made plans without asking me, I felt left out” is about one thing that happened. The second is easier to hear, and it leaves your partner’s dignity whole. Try rewriting one of your own complaints.',
    estimatedMinutes: 15,
    participation: 'each-partner',
    prompts: [
      'Write down a complaint you have had lately, in the words that first came to mind.',
      'Now rewrite it as: “When you [what happened], I felt [feeling].”',
      'What would you like to happen next time? Put it as a request.',
      'Is there a label you have used about your partner (“selfish”, “lazy”, “cold”) that you would like to stop using?',
    ],
  },
  {
    key: 'basic-trust.what-i-still-respect',
    behavior: 'basic-trust',
    kind: 'joint-reveal',
    title: 'What I still respect in you',
    summary: 'Each of you names qualities you still value in the other, even on hard days.',
    instructions:
      'Hurt and respect can live side by side. Take your time. If this feels hard right now, start small: one honest quality is enough. You will see each other’s answers once you have both submitted.',
    estimatedMinutes: 10,
    participation: 'each-partner',
    prompts: [
      'A quality in you that I still respect, even when we are struggling, is…',
      'A recent time I saw that quality in you was…',
      'Something I hope you know I see in you is…',
    ],
  },
  {
    key: 'basic-trust.a-word-of-respect',
    behavior: 'basic-trust',
    kind: 'practice-log',
    title: 'A word of respect each day',
    summary: 'On five days this week, tell your partner one thing you value about them.',
    instructions:
      'Say it in person or in a message. Make it about who they are, or something they did well. “You were so patient on that phone call.” “I like how you make people feel welcome.” Keep it short and sincere. It does not need a reply. Log each one.',
    estimatedMinutes: 5,
    participation: 'each-partner',
    targetCount: 5,
    entryLabel: 'a word of respect',
  },
  {
    key: 'basic-trust.respect-check-in',
    behavior: 'basic-trust',
    kind: 'check-in-scale',
    title: 'Respect and ownership check-in',
    summary: 'A quick rating of respect, owning your part and care between you this week.',
    instructions:
      'Think about this week only. Rate yourself and your partner on each behavior. Start with yourself, and be fair to both of you.',
    estimatedMinutes: 5,
    participation: 'each-partner',
    scaleBehaviors: ['basic-trust', 'accountability', 'compassion'],
  },
];

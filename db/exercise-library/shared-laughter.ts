// Exercises for laughing together: keeping shared funny moments close, and making new ones.
import type { LibraryExercise } from '../exercise-content';

export const sharedLaughter: LibraryExercise[] = [
  {
    key: 'shared-laughter.our-funniest-moments',
    behavior: 'shared-laughter',
    kind: 'reflection',
    title: 'Our funniest moments',
    summary: 'Collect a few memories that still make you smile when you think of them.',
    instructions:
      'Take a few minutes to look back over your time together. Funny moments can be big or tiny. If it is hard to recall any right now, that is okay. Start with just one.',
    estimatedMinutes: 10,
    participation: 'each-partner',
    prompts: [
      'Describe a time the two of you laughed so hard you could barely stop.',
      'What small, silly thing from your life together still makes you smile? (A phrase, a mix-up, a running joke…)',
      'What was going on in your lives back then that made laughing easy?',
      'What could make a little more room for lightness between you now?',
    ],
  },
  {
    key: 'shared-laughter.guess-the-memory',
    behavior: 'shared-laughter',
    kind: 'joint-reveal',
    title: 'Guess the memory',
    summary: 'Each of you picks a funny memory you love, and guesses the one your partner will pick.',
    instructions:
      'Answer on your own, without dropping hints. Once you have both submitted, you will see each other’s answers. If you like, read them together and enjoy retelling the stories.',
    estimatedMinutes: 10,
    participation: 'each-partner',
    prompts: [
      'A funny memory of the two of us that I love is…',
      'My guess at the memory you will choose is…',
      'Something about you that still makes me laugh is…',
    ],
  },
  {
    key: 'shared-laughter.something-light',
    behavior: 'shared-laughter',
    kind: 'practice-log',
    title: 'Something light together',
    summary: 'Twice this week, do something together that is likely to make you both smile.',
    instructions:
      'Choose something easy and low-stakes. Watch a comedy. Look through old photos. Play a silly game. Cook something new and see how it turns out. Keep hard topics for another time. Log it together afterwards, with a line about what was fun.',
    estimatedMinutes: 30,
    participation: 'together',
    targetCount: 2,
    entryLabel: 'a light moment together',
  },
  {
    key: 'shared-laughter.lightness-check-in',
    behavior: 'shared-laughter',
    kind: 'check-in-scale',
    title: 'Lightness and closeness check-in',
    summary: 'A quick rating of the fun, warmth and time together in your week.',
    instructions:
      'Think about this week only. Rate yourself and your partner on each behavior. A low week is not a failure. It is something to notice and talk about.',
    estimatedMinutes: 5,
    participation: 'each-partner',
    scaleBehaviors: ['shared-laughter', 'quality-time', 'constructive-energy'],
  },
];

// Exercises for turning heat into care: using the energy of anger to fix, build or reach out.
import type { LibraryExercise } from '../exercise-content';

export const constructiveEnergy: LibraryExercise[] = [
  {
    key: 'constructive-energy.under-the-anger',
    behavior: 'constructive-energy',
    kind: 'reflection',
    title: 'What is under the anger?',
    summary: 'Anger often guards something you care about. Find out what that is.',
    instructions:
      'Feeling angry is not wrong. It often means something still matters to you. This reflection helps you find what your anger is guarding, so you can put that energy toward it.',
    estimatedMinutes: 10,
    participation: 'each-partner',
    prompts: [
      'Think of something that made you angry lately. What happened?',
      'What did you care about that felt at risk? (Being heard, feeling close, fairness, being valued…)',
      'Now that you know what matters, what would you like to ask for?',
      'What is one thing you could do with that energy that would build, rather than tear down?',
    ],
  },
  {
    key: 'constructive-energy.complaint-to-wish',
    behavior: 'constructive-energy',
    kind: 'joint-reveal',
    title: 'From complaint to wish',
    summary: 'Each of you turns a frustration into a wish for the future. Then you read each other’s.',
    instructions:
      'Behind most complaints is a wish. “You are always on your phone” might really mean “I miss having your attention in the evenings.” Write your answers alone. You will see each other’s answers once you have both submitted. Read your partner’s wish as an invitation, not an attack.',
    estimatedMinutes: 15,
    participation: 'each-partner',
    prompts: [
      'Something that frustrates me at the moment is…',
      'The wish hidden inside that frustration is…',
      'One practical thing that would help make that wish come true is…',
    ],
  },
  {
    key: 'constructive-energy.put-the-energy-to-work',
    behavior: 'constructive-energy',
    kind: 'practice-log',
    title: 'Put the energy to work',
    summary: 'Three times this week, take a stirred-up feeling and turn it into something useful.',
    instructions:
      'When you feel worked up, give the energy somewhere helpful to go before you talk. Go for a brisk walk. Write down what you want to ask for. Tackle a job around the home. When you feel calmer, you can come back to the issue if you both want to. Log what you did and how you felt afterwards.',
    estimatedMinutes: 15,
    participation: 'each-partner',
    targetCount: 3,
    entryLabel: 'a time I redirected strong feelings',
  },
  {
    key: 'constructive-energy.small-project-together',
    behavior: 'constructive-energy',
    kind: 'practice-log',
    title: 'A small project together',
    summary: 'Put your shared energy into building something side by side, however small.',
    instructions:
      'Choose a small project you both care about. Plant some pots. Fix something at home. Plan a trip. Cook a meal from a new recipe. Work on it together for an hour or less this week. Enjoy the doing, and don’t worry about getting it perfect. Log it when you are done.',
    estimatedMinutes: 60,
    participation: 'together',
    targetCount: 1,
    entryLabel: 'a session on our project',
  },
];

// Exercises for owning your part: looking at what you contributed, instead of working out who is to blame.
import type { LibraryExercise } from '../exercise-content';
import { behavior } from '../schema/enums';

export const accountability: LibraryExercise[] = [
  {
    key: 'accountability.my-part',
    behavior: 'accountability',
    kind: 'reflection',
    title: 'My part in it',
    summary: 'Look at a recent disagreement and name what you added to it: your share, not all of it.',
    instructions:
      'This is not about taking all the blame. Most hard moments are made by two people. Here you look only at your own share, because that is the part you can change. Be honest, and be kind to yourself.',
    estimatedMinutes: 15,
    participation: 'each-partner',
    prompts: [
      'Briefly describe a recent disagreement, sticking to what happened.',
      'What did I say or do that made it harder?',
      'What was I feeling or needing underneath that?',
      'Next time, one thing I could do differently is…',
    ],
  },
  {
    key: 'accountability.what-i-want-to-own',
    behavior: 'accountability',
    kind: 'joint-reveal',
    title: 'What I want to own',
    summary: 'Each of you names one thing you would like to take responsibility for. Then you read both.',
    instructions:
      'Pick something you feel ready to own. It can be small. Write about your own actions only, not your partner’s. Your partner is doing the same. You will see each other’s answers once you have both submitted. Take what your partner wrote as a gift, not as proof that you were right.',
    estimatedMinutes: 15,
    participation: 'each-partner',
    prompts: [
      'Something I did that I regret, and want to own, is…',
      'How I think it may have affected you is…',
      'What I will try to do from here is…',
    ],
  },
  {
    key: 'accountability.owning-it-out-loud',
    behavior: 'accountability',
    kind: 'practice-log',
    title: 'Owning it out loud',
    summary: 'Three times this week, name something small you got wrong, without adding a “but”.',
    instructions:
      'Everyday slips count. “I was short with you earlier. I’m sorry.” “I said I’d call and I didn’t.” Keep it simple, with no “but” and no excuse that hands it back. Your partner does not have to respond in any particular way. Log each one with a few words.',
    estimatedMinutes: 5,
    participation: 'each-partner',
    targetCount: 3,
    entryLabel: 'a time I owned my part',
  },
  {
    key: 'accountability.weekly-nine-check-in',
    behavior: 'accountability',
    kind: 'check-in-scale',
    title: 'Weekly check-in: all nine',
    summary: 'A quick weekly rating across all nine behaviors, so you can both see progress over time.',
    instructions:
      'Once a week, rate yourself and your partner on each of the nine. Start with yourself. Aim to be honest rather than hard on anyone. Over the weeks, the chart shows where things are growing.',
    estimatedMinutes: 10,
    participation: 'each-partner',
    scaleBehaviors: [...behavior.enumValues],
  },
];

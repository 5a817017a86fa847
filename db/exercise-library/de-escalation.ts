// Exercises for cooling things down: noticing when a talk runs hot, and pausing or softening it.
// A break is always allowed; nothing here asks anyone to stay in a heated conversation.
import type { LibraryExercise } from '../exercise-content';

export const deEscalation: LibraryExercise[] = [
  {
    key: 'de-escalation.early-warning-signs',
    behavior: 'de-escalation',
    kind: 'reflection',
    title: 'Your early warning signs',
    summary: 'Learn what your body and mind do when a talk starts running too hot.',
    instructions:
      'Most of us get a warning before we say something we regret: a tight chest, a louder voice, a racing mind. Knowing your own signs makes it easier to pause in time. Think about yourself here, not your partner.',
    estimatedMinutes: 10,
    participation: 'each-partner',
    prompts: [
      'When a conversation starts to overheat, what do you notice in your body first?',
      'What thoughts tend to show up just before you say something you later wish you hadn’t?',
      'You don’t need to write them down, but think of words you know would wound too much. What helps you hold them back?',
      'What helps you calm down? (A walk, slow breathing, cold water, some time alone…)',
    ],
  },
  {
    key: 'de-escalation.pause-plan',
    behavior: 'de-escalation',
    kind: 'joint-reveal',
    title: 'Our pause plan',
    summary: 'Each of you suggests how a time-out should work, so either of you can call one at any time.',
    instructions:
      'A pause is not giving up, and it is not a punishment. Either of you can call one at any time, and the other lets it happen. Write your own ideas first. You will see each other’s answers once you have both submitted. Then, when you both feel calm, agree on a plan, or bring it to your next session. If you ever feel unsafe with your partner, you never need a plan to leave the room. Use your private safety check-in or talk to your counselor.',
    estimatedMinutes: 15,
    participation: 'each-partner',
    prompts: [
      'A word or signal I would like either of us to use to call a pause is…',
      'During a pause, what I need is… (How long, where I go, what helps me settle)',
      'When we come back to the topic, I would like us to…',
      'Something I promise to do when you call a pause is…',
    ],
  },
  {
    key: 'de-escalation.calm-down-practice',
    behavior: 'de-escalation',
    kind: 'practice-log',
    title: 'Practise calming down',
    summary: 'Practise a short calming routine on ordinary days, so it is ready when you need it.',
    instructions:
      'Choose one way to calm yourself. For example: slow breathing, in for a count of four and out for six. A short walk. Cold water on your face. Practise it for about five minutes on a calm day. A skill you have rehearsed is much easier to reach when feelings run high. If you also used it in a tense moment, note that too.',
    estimatedMinutes: 5,
    participation: 'each-partner',
    targetCount: 5,
    entryLabel: 'a five-minute calm-down',
  },
  {
    key: 'de-escalation.cooling-down-check-in',
    behavior: 'de-escalation',
    kind: 'check-in-scale',
    title: 'Cooling down check-in',
    summary:
      'A quick rating of how tense moments went this week: pausing, staying on topic, staying respectful.',
    instructions:
      'Think about this week only. Rate yourself and your partner on each behavior. If there were no tense moments, rate how you handled small frictions.',
    estimatedMinutes: 5,
    participation: 'each-partner',
    scaleBehaviors: ['de-escalation', 'present-focus', 'basic-trust'],
  },
];

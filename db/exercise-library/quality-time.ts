// Exercises for time for the two of you: talking each day, going on dates, being close.
import type { LibraryExercise } from '../exercise-content';

export const qualityTime: LibraryExercise[] = [
  {
    key: 'quality-time.daily-talk',
    behavior: 'quality-time',
    kind: 'practice-log',
    title: 'A ten-minute talk each day',
    summary: 'Five times this week, spend ten minutes catching up on each other’s day.',
    instructions:
      'Find a regular time. After dinner or before bed works well for many couples. Put your phones away. Each of you shares how your day went and what is on your mind. This is not the time for big problems. Keep it to catching up and being interested. Log each talk.',
    estimatedMinutes: 10,
    participation: 'together',
    targetCount: 5,
    entryLabel: 'a ten-minute talk',
  },
  {
    key: 'quality-time.date-night',
    behavior: 'quality-time',
    kind: 'practice-log',
    title: 'Date night',
    summary: 'Plan one date this week, just the two of you.',
    instructions:
      'Take turns choosing. It does not have to cost much: a walk somewhere new, a picnic, a meal out. Make a little effort to look nice for the evening. Leave hard topics for another time. If you both want to, hold hands or sit close. Log the date together when you get home.',
    estimatedMinutes: 60,
    participation: 'together',
    targetCount: 1,
    entryLabel: 'a date night',
  },
  {
    key: 'quality-time.our-kind-of-date',
    behavior: 'quality-time',
    kind: 'joint-reveal',
    title: 'Our kind of date',
    summary: 'Each of you lists dates you would enjoy. Then see where your ideas overlap.',
    instructions:
      'Let yourself dream a little. Big or small ideas are both welcome. You will see each other’s answers once you have both submitted. Circle the ones you both like and try one soon.',
    estimatedMinutes: 10,
    participation: 'each-partner',
    prompts: [
      'Three dates I would love to go on with you are…',
      'A date from our past that I would happily repeat is…',
      'What helps me feel most connected to you on a date is…',
    ],
  },
  {
    key: 'quality-time.closeness-that-feels-right',
    behavior: 'quality-time',
    kind: 'reflection',
    title: 'Closeness that feels right',
    summary: 'Think about which kinds of closeness and touch feel welcome to you right now.',
    instructions:
      'After a hard time, closeness can come back slowly. There is no right pace. Your answers are about what feels good to you now, and it is fine to say “not yet”. You choose who gets to see what you write.',
    estimatedMinutes: 10,
    participation: 'each-partner',
    prompts: [
      'Kinds of closeness that feel good to me right now are… (Sitting side by side, holding hands, a hug hello…)',
      'Something that would feel like too much, too soon, is…',
      'A time in my day when I would most like us to connect is…',
      'One way I would like to show you that I want to be close is…',
    ],
  },
];

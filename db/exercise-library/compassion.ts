// Exercises for caring when it hurts: showing concern for your partner’s pain, even mid-disagreement.
import type { LibraryExercise } from '../exercise-content';

export const compassion: LibraryExercise[] = [
  {
    key: 'compassion.noticing-hurt',
    behavior: 'compassion',
    kind: 'reflection',
    title: 'Noticing when your partner is hurting',
    summary: 'Learn the signs that your partner is in pain, and what you could do in that moment.',
    instructions:
      'You can both be hurting at the same time. This is about seeing your partner’s pain without giving up your own view. Short, honest notes are enough.',
    estimatedMinutes: 10,
    participation: 'each-partner',
    prompts: [
      'How can you tell when your partner is really hurting? What do you notice in their face, voice or body?',
      'When you see that, what do you usually do? What would you like to do instead?',
      'What makes it hard to show care when you are upset too?',
      'Write down one small thing you could say or do next time, even if you still disagree.',
    ],
  },
  {
    key: 'compassion.what-comforts-me',
    behavior: 'compassion',
    kind: 'joint-reveal',
    title: 'What comforts me',
    summary: 'Each of you shares what helps when you are upset, and guesses what helps your partner.',
    instructions:
      'Answer on your own. Be as specific as you can: a word, a gesture, some space. You will see each other’s answers once you have both submitted. If your guesses were off, that is useful news, not a failure.',
    estimatedMinutes: 10,
    participation: 'each-partner',
    prompts: [
      'When I am upset, what helps me most is…',
      'When I am upset, what makes it worse is…',
      'My guess at what helps you most when you are upset is…',
      'If we are in the middle of a disagreement and I start to hurt, one thing you could do is…',
    ],
  },
  {
    key: 'compassion.care-without-words',
    behavior: 'compassion',
    kind: 'reflection',
    title: 'Care without words',
    summary: 'Explore how your face, tone and posture can show care when the right words are hard to find.',
    instructions:
      'In a hard moment, kind words may not come easily. Your tone, your face and the way you sit or stand still say a lot. Think about how you come across, and how you would like to.',
    estimatedMinutes: 10,
    participation: 'each-partner',
    prompts: [
      'When things get tense, what do you think your face and body say to your partner?',
      'What small gesture from your partner has ever helped you feel less alone? (A softer voice, sitting down beside you, a pause…)',
      'What is one gentle, wordless thing you could try next time your partner is upset?',
    ],
  },
  {
    key: 'compassion.small-acts-of-care',
    behavior: 'compassion',
    kind: 'practice-log',
    title: 'Small acts of care',
    summary: 'Five small, kind gestures this week, offered without expecting anything back.',
    instructions:
      'Each day, do one small thing that shows your partner you have them in mind. Make them a cup of tea. Ask how the tough meeting went. Send a short message. Keep it simple and freely given. Log each one with a few words about what you did.',
    estimatedMinutes: 5,
    participation: 'each-partner',
    targetCount: 5,
    entryLabel: 'a small act of care',
  },
];

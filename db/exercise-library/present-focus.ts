// Exercises for one thing, right now: one issue at a time, as it is today, without old scores.
import type { LibraryExercise } from '../exercise-content';

export const presentFocus: LibraryExercise[] = [
  {
    key: 'present-focus.name-one-thing',
    behavior: 'present-focus',
    kind: 'reflection',
    title: 'Name just one thing',
    summary: 'Pick one issue that matters now and put it into a few clear words.',
    instructions:
      'When many hurts pile up, it can feel as if everything needs sorting out at once. Try to choose just one thing, as it stands today. Describe it plainly, then say what you would like.',
    estimatedMinutes: 10,
    participation: 'each-partner',
    prompts: [
      'The one issue I most want us to work on right now is…',
      'How this shows up for me this week (not in years gone by) is…',
      'What I need from you about this, in one or two sentences, is…',
      'A small step that would help me feel this is getting better is…',
    ],
  },
  {
    key: 'present-focus.when-old-hurts-show-up',
    behavior: 'present-focus',
    kind: 'reflection',
    title: 'When old hurts show up',
    summary: 'Notice the pull to bring up earlier fights, and find a better place for those hurts.',
    instructions:
      'Old hurts are real, and they matter. But in a talk about today, they can turn one problem into ten. This reflection helps you notice that pull and decide where an old hurt belongs instead. Some may be best explored with your counselor.',
    estimatedMinutes: 10,
    participation: 'each-partner',
    prompts: [
      'Think of a recent talk where an older issue came up. What was it, and why do you think it came up just then?',
      'What were you hoping would happen when it was raised, whoever raised it?',
      'Is there an old hurt that still needs its own time? Would you like to bring it to a session?',
      'A phrase I could use to gently bring us back to today’s topic is…',
    ],
  },
  {
    key: 'present-focus.same-topic',
    behavior: 'present-focus',
    kind: 'joint-reveal',
    title: 'Are we talking about the same thing?',
    summary: 'Before your next talk, each of you names the topic in one sentence. See if they match.',
    instructions:
      'Many arguments go round in circles because each person is discussing something different. Write your answers on your own. You will see each other’s once you have both submitted. If they don’t match, that is normal. Choose one topic to start with and save the other for another day.',
    estimatedMinutes: 10,
    participation: 'each-partner',
    prompts: [
      'In one sentence, the issue I think we need to talk about is…',
      'In one sentence, the issue I think you want to talk about is…',
      'What I am hoping for from this talk is…',
    ],
  },
  {
    key: 'present-focus.one-topic-talks',
    behavior: 'present-focus',
    kind: 'practice-log',
    title: 'One-topic talks',
    summary: 'Two short talks this week, each about one present-day issue and nothing else.',
    instructions:
      'Agree on one topic before you begin. Keep it small enough to cover in about twenty minutes. If either of you drifts to another issue, the other can gently say, “Let’s stay with this one.” Jotting the other issue down for later can help. Either of you can call a pause at any time. Log the talk, even if it ended early.',
    estimatedMinutes: 20,
    participation: 'together',
    targetCount: 2,
    entryLabel: 'a one-topic talk',
  },
];

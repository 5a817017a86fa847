// Exercises for listening fully: hearing your partner out until you could say back what they said and felt.
import type { LibraryExercise } from '../exercise-content';

export const attentiveListening: LibraryExercise[] = [
  {
    key: 'attentive-listening.what-gets-in-the-way',
    behavior: 'attentive-listening',
    kind: 'reflection',
    title: 'What gets in the way of listening',
    summary: 'Notice the habits that pull your attention away while your partner is talking.',
    instructions:
      'Think back over a few recent talks with your partner. Be curious about yourself, not harsh. Everyone drifts sometimes. A few lines for each question is plenty.',
    estimatedMinutes: 10,
    participation: 'each-partner',
    prompts: [
      'When your partner is talking, what tends to pull your attention away? (Your phone, planning your reply, a feeling that rises up…)',
      'Think of a time you jumped in before your partner had finished. What was going on for you just then?',
      'What helps you stay with your partner’s words, even when you see things differently?',
      'Finish this sentence: “This week, when my partner talks to me, I will try to…”',
    ],
  },
  {
    key: 'attentive-listening.say-it-back',
    behavior: 'attentive-listening',
    kind: 'joint-reveal',
    title: 'Say it back',
    summary: 'After a short talk, each of you writes down what you heard. Then you compare.',
    instructions:
      'Pick a calm moment and a topic that feels manageable, not the hardest one. One of you talks for about five minutes about something on your mind. The other just listens, without fixing or correcting. Then swap. Afterwards, each of you answers the questions on your own. You will see each other’s answers once you have both submitted. Getting it a little wrong is fine. It shows you where to listen more closely.',
    estimatedMinutes: 20,
    participation: 'each-partner',
    prompts: [
      'In your own words, what did your partner talk about?',
      'What do you think your partner was feeling while they spoke?',
      'What do you think your partner needs or hopes for here?',
      'When it was your turn to talk, what did you most want your partner to hear?',
    ],
  },
  {
    key: 'attentive-listening.listening-turns',
    behavior: 'attentive-listening',
    kind: 'practice-log',
    title: 'Listening turns',
    summary: 'Three short talks this week where one of you speaks and the other sums up what they heard.',
    instructions:
      'Set a timer for five minutes. One of you shares something from your day. The listener puts the phone away, faces their partner and does not interrupt. When the timer ends, the listener sums up what they heard and asks, “Did I get that right?” Then swap. Log it once you have both had a turn.',
    estimatedMinutes: 15,
    participation: 'together',
    targetCount: 3,
    entryLabel: 'a listening turn each',
  },
  {
    key: 'attentive-listening.listening-check-in',
    behavior: 'attentive-listening',
    kind: 'check-in-scale',
    title: 'Listening check-in',
    summary: 'A quick rating of how well you both listened, cared and stayed on topic this week.',
    instructions:
      'Think about this week only. Rate yourself and your partner on each behavior. This is not a score card. It helps the two of you and your counselor see change over the weeks.',
    estimatedMinutes: 5,
    participation: 'each-partner',
    scaleBehaviors: ['attentive-listening', 'compassion', 'present-focus'],
  },
];

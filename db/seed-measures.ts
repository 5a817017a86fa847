// The demo couples' questionnaires: PHQ-9, session feedback and the nine-behavior pulse asked
// before each session, with a month of answers so the counselor's Measures and Progress tabs have
// lines to read. The first partner improves and feels well served; the second stays where they
// started and rates the therapy lower and lower (not improving, and an alliance split). Item 9 stays at "Not at all": the demo raises no
// safety flags. Answers are sealed by the caller's cipher (db/ knows no keys).
import { randomUUID } from 'node:crypto';
import type { DbOrTx } from './client';
import { behavior, measureResponses, measureSchedules } from './schema';

export type SealMeasureAnswers = (practiceId: string, id: string, answers: Record<string, number>) => string;

type DemoCoupleMeasures = {
  practiceId: string;
  coupleId: string;
  counselorId: string;
  partnerIds: [string, string];
  /** The session last week, which the latest answers belong to. */
  attendedSession: { id: string; startsAt: Date };
};

const DAY_MS = 24 * 3600_000;
/** Per partner, oldest first: PHQ-9 totals and session feedback's three answers. */
const HISTORY = [
  {
    phq9: [14, 12, 10, 8],
    feedback: [
      [4, 4, 5],
      [5, 4, 5],
      [5, 5, 4],
      [5, 5, 5],
    ],
  },
  {
    phq9: [12, 11, 13, 12],
    feedback: [
      [4, 4, 3],
      [3, 4, 3],
      [3, 3, 3],
      [2, 3, 2],
    ],
  },
];
/** Per partner, oldest first: where their pulse ratings of themself and of the other start and end up. */
const PULSE = [
  { self: [3, 4], partner: [2, 4] },
  { self: [3, 3], partner: [3, 2] },
];
const PHQ9_ITEMS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
const FEEDBACK_ITEMS = ['heard', 'matters', 'fits'];

/** A PHQ-9 with `total` spread over items 1 to 8 (each at most 3), and item 9 at 0. */
function phq9Answers(total: number): Record<string, number> {
  return Object.fromEntries(
    PHQ9_ITEMS.map((id, i) => [id, i === 8 ? 0 : Math.min(3, Math.max(0, total - 3 * i))]),
  );
}

/** The pulse at occasion `i` of `of`: each rating moving from its start to its end, a behavior or two off the trend. */
function pulseAnswers(p: number, i: number, of: number): Record<string, number> {
  const trend = PULSE[p] ?? PULSE[0]!;
  const at = ([start, end]: number[], offset: number) =>
    Math.min(
      5,
      Math.max(1, Math.round((start ?? 3) + (((end ?? 3) - (start ?? 3)) * i) / (of - 1) + offset)),
    );
  return Object.fromEntries(
    behavior.enumValues.flatMap((b, k) => {
      const offset = k % 4 === 0 ? -1 : k % 4 === 2 ? 1 : 0;
      return [
        [`${b}.self`, at(trend.self, offset)],
        [`${b}.partner`, at(trend.partner, offset === 1 ? 0 : offset)],
      ];
    }),
  );
}

function scored(answers: Record<string, number>) {
  const values = Object.values(answers);
  return { answers, score: Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 100) / 100 };
}

export async function seedDemoMeasures(db: DbOrTx, demo: DemoCoupleMeasures, seal: SealMeasureAnswers) {
  const { practiceId, coupleId } = demo;
  await db.insert(measureSchedules).values(
    ['phq-9', 'session-feedback', 'nine-behavior-pulse'].map((measureSlug) => ({
      practiceId,
      coupleId,
      measureSlug,
      timing: 'before-session' as const,
      hoursBefore: 72,
      updatedById: demo.counselorId,
    })),
  );
  const occasions = [27, 20, 13, 7].map((daysAgo, i) =>
    i === 3
      ? { sessionId: demo.attendedSession.id, at: new Date(demo.attendedSession.startsAt.getTime() - DAY_MS) }
      : { sessionId: null, at: new Date(Date.now() - daysAgo * DAY_MS) },
  );
  const rows = demo.partnerIds.flatMap((partnerId, p) =>
    occasions.flatMap((occasion, i) => {
      const history = HISTORY[p] ?? HISTORY[0]!;
      const feedback = history.feedback[i] ?? [];
      const answers = [
        { measureSlug: 'phq-9', answers: phq9Answers(history.phq9[i] ?? 0), score: history.phq9[i] ?? 0 },
        {
          measureSlug: 'session-feedback',
          answers: Object.fromEntries(FEEDBACK_ITEMS.map((id, k) => [id, feedback[k] ?? 3])),
          score: Math.round((feedback.reduce((sum, v) => sum + v, 0) / 3) * 100) / 100,
        },
        { measureSlug: 'nine-behavior-pulse', ...scored(pulseAnswers(p, i, occasions.length)) },
      ];
      return answers.map((answer) => {
        const id = randomUUID();
        return {
          practiceId,
          id,
          coupleId,
          partnerId,
          measureSlug: answer.measureSlug,
          sessionId: occasion.sessionId,
          answersCiphertext: seal(practiceId, id, answer.answers),
          score: answer.score,
          submittedAt: occasion.at,
        };
      });
    }),
  );
  await db.insert(measureResponses).values(rows);
}

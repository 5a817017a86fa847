// The 1–5 check-in scale is described one way: the line the screens show, never again in an exercise.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EXERCISE_LIBRARY } from '@/db/exercise-library';
import { ExerciseDetails } from '../_components/homework/exercise-details';
import { CheckInEditor } from '../portal/[practiceId]/homework/[assignmentId]/check-in-editor';
import { CHECK_IN_SCALE_MEANING } from './homework-labels';

const checkIns = EXERCISE_LIBRARY.filter((e) => e.kind === 'check-in-scale');

describe('the check-in scale', () => {
  it('is explained beside the scale a partner rates on, and in the exercise as staff read it', () => {
    const editor = renderToStaticMarkup(
      createElement(CheckInEditor, {
        behaviors: ['compassion'],
        ratings: [],
        partnerName: 'Sam',
        onChange: () => undefined,
      }),
    );
    expect(editor).toContain(CHECK_IN_SCALE_MEANING);
    const [exercise] = checkIns;
    if (!exercise) throw new Error('the library has no check-in');
    expect(renderToStaticMarkup(createElement(ExerciseDetails, { content: exercise }))).toContain(
      CHECK_IN_SCALE_MEANING,
    );
  });

  it('is not explained again, another way, in a library exercise’s instructions', () => {
    expect(checkIns.length).toBeGreaterThan(0);
    for (const exercise of checkIns)
      expect(exercise.instructions, exercise.key).not.toMatch(
        /\b[15] means|from 1 to 5|hardly|most of the time/i,
      );
  });
});

import { describe, expect, it } from 'vitest';
import { concerningAnswers, type TCheckInAnswers, ZCheckInAnswers } from './check-in-questions';
import { CHECK_IN_QUESTIONS } from './check-in-wording';

const calm: TCheckInAnswers = {
  answers: { afraid: 'no', hurt: 'no', controlled: 'no', 'put-down': 'sometimes', 'safe-homework': 'yes' },
  note: '',
};

describe('concerningAnswers', () => {
  it('finds nothing in calm answers or skipped questions', () => {
    expect(concerningAnswers(calm)).toEqual([]);
    const skipped = Object.fromEntries(CHECK_IN_QUESTIONS.map((q) => [q.id, null]));
    expect(concerningAnswers(ZCheckInAnswers.parse({ answers: skipped, note: 'hello' }))).toEqual([]);
  });

  it('flags fear, harm, control, put-downs and not feeling safe with the homework', () => {
    expect(concerningAnswers({ ...calm, answers: { ...calm.answers, afraid: 'sometimes' } })).toEqual([
      'afraid',
    ]);
    expect(concerningAnswers({ ...calm, answers: { ...calm.answers, hurt: 'yes' } })).toEqual(['hurt']);
    expect(concerningAnswers({ ...calm, answers: { ...calm.answers, controlled: 'yes' } })).toEqual([
      'controlled',
    ]);
    expect(concerningAnswers({ ...calm, answers: { ...calm.answers, 'put-down': 'yes' } })).toEqual([
      'put-down',
    ]);
    expect(concerningAnswers({ ...calm, answers: { ...calm.answers, 'safe-homework': 'no' } })).toEqual([
      'safe-homework',
    ]);
  });

  it('refuses unknown questions and missing ones', () => {
    expect(ZCheckInAnswers.safeParse({ answers: { ...calm.answers, extra: 'yes' }, note: '' }).success).toBe(
      false,
    );
    const { afraid: _, ...missing } = calm.answers;
    expect(ZCheckInAnswers.safeParse({ answers: missing, note: '' }).success).toBe(false);
  });
});

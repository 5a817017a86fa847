import { describe, expect, it } from 'vitest';
import { exerciseContent } from '@/test/homework-fixtures';
import { chooseVisibility } from './visibility-choice';

const exercise = (kind: Parameters<typeof exerciseContent>[0], extra = {}) => {
  const content = exerciseContent(kind, extra);
  return { kind: content.kind, content };
};

describe('chooseVisibility', () => {
  it('takes the author’s choice, else the practice default', () => {
    expect(chooseVisibility(exercise('reflection'), 'private', 'couple')).toBe('private');
    expect(chooseVisibility(exercise('reflection'), undefined, 'couple')).toBe('couple');
    expect(chooseVisibility(exercise('check-in-scale'), undefined, 'private')).toBe('private');
  });

  it('shares a joint reveal with the couple whatever was chosen', () => {
    for (const chosen of ['private', 'counselor', 'couple', undefined] as const)
      expect(chooseVisibility(exercise('joint-reveal'), chosen, 'private')).toBe('couple');
  });

  it('never keeps an answer written together private', () => {
    const together = exercise('practice-log', { participation: 'together' });
    expect(() => chooseVisibility(together, 'private', 'counselor')).toThrow(/counselor at least/);
    expect(chooseVisibility(together, undefined, 'private')).toBe('counselor');
    expect(chooseVisibility(together, 'couple', 'private')).toBe('couple');
  });
});

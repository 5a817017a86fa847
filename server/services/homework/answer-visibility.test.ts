import { describe, expect, it } from 'vitest';
import type { AnswerVisibility, ExerciseKind } from '@/db/schema';
import { type AnswerFacts, canReadAnswer, staffMayReadAnswer, type Viewer } from './answer-visibility';

const A: Viewer = { kind: 'partner', partnerId: 'a' };
const B: Viewer = { kind: 'partner', partnerId: 'b' };
const staff: Viewer = { kind: 'staff' };

const byB = (
  visibility: AnswerVisibility,
  exerciseKind: ExerciseKind = 'reflection',
  more: Partial<AnswerFacts> = {},
): AnswerFacts => ({
  authorPartnerId: 'b',
  submitted: true,
  visibility,
  exerciseKind,
  everyoneSubmitted: false,
  ...more,
});

describe('canReadAnswer', () => {
  it('lets the author read their own answer, draft or private', () => {
    expect(canReadAnswer(B, byB('private', 'reflection', { submitted: false }))).toBe(true);
  });

  it('shows the partner only sent answers marked couple', () => {
    expect(canReadAnswer(A, byB('couple'))).toBe(true);
    expect(canReadAnswer(A, byB('counselor'))).toBe(false);
    expect(canReadAnswer(A, byB('private'))).toBe(false);
    expect(canReadAnswer(A, byB('couple', 'reflection', { submitted: false }))).toBe(false);
  });

  it('lets staff (the app and the practice export alike) read only sent answers that are not private', () => {
    expect(staffMayReadAnswer({ submitted: true, visibility: 'counselor' })).toBe(true);
    expect(staffMayReadAnswer({ submitted: true, visibility: 'couple' })).toBe(true);
    expect(staffMayReadAnswer({ submitted: true, visibility: 'private' })).toBe(false);
    expect(staffMayReadAnswer({ submitted: false, visibility: 'couple' })).toBe(false);
    expect(staffMayReadAnswer({ submitted: false, visibility: 'counselor' })).toBe(false);
  });

  it('shows staff sent answers that are not private', () => {
    expect(canReadAnswer(staff, byB('counselor'))).toBe(true);
    expect(canReadAnswer(staff, byB('couple'))).toBe(true);
    expect(canReadAnswer(staff, byB('private'))).toBe(false);
    expect(canReadAnswer(staff, byB('counselor', 'reflection', { submitted: false }))).toBe(false);
  });

  it.each(['joint-reveal', 'check-in-scale'] as const)(
    'holds a %s answer from the partner until both have sent theirs, but not from staff',
    (kind) => {
      expect(canReadAnswer(A, byB('couple', kind))).toBe(false);
      expect(canReadAnswer(A, byB('couple', kind, { everyoneSubmitted: true }))).toBe(true);
      expect(canReadAnswer(staff, byB('couple', kind))).toBe(true);
    },
  );

  it('shares the answer of an exercise done together with both partners as authors', () => {
    expect(
      canReadAnswer(A, byB('counselor', 'practice-log', { authorPartnerId: null, submitted: false })),
    ).toBe(true);
  });
});

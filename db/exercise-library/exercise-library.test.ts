import { describe, expect, it } from 'vitest';
import { ZExerciseContent } from '../exercise-content';
import { behavior, exerciseKind } from '../schema/enums';
import { accountability } from './accountability';
import { attentiveListening } from './attentive-listening';
import { basicTrust } from './basic-trust';
import { compassion } from './compassion';
import { constructiveEnergy } from './constructive-energy';
import { deEscalation } from './de-escalation';
import { EXERCISE_LIBRARY } from './index';
import { presentFocus } from './present-focus';
import { qualityTime } from './quality-time';
import { sharedLaughter } from './shared-laughter';

const BY_FILE = {
  'attentive-listening': attentiveListening,
  compassion,
  'shared-laughter': sharedLaughter,
  'de-escalation': deEscalation,
  'present-focus': presentFocus,
  'basic-trust': basicTrust,
  accountability,
  'constructive-energy': constructiveEnergy,
  'quality-time': qualityTime,
} as const;

describe('global exercise library', () => {
  it('parses every entry with ZExerciseContent', () => {
    for (const exercise of EXERCISE_LIBRARY) {
      const { key: _key, ...content } = exercise;
      const parsed = ZExerciseContent.safeParse(content);
      expect(parsed.success, `${exercise.key}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('has unique keys, each <behavior-slug>.<kebab-name>', () => {
    const keys = EXERCISE_LIBRARY.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of EXERCISE_LIBRARY) {
      expect(e.key.startsWith(`${e.behavior}.`), e.key).toBe(true);
      expect(e.key.slice(e.behavior.length + 1)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('has unique titles', () => {
    const titles = EXERCISE_LIBRARY.map((e) => e.title.toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('gives every behavior at least three exercises of at least two kinds, in its own file', () => {
    for (const slug of behavior.enumValues) {
      const mine = EXERCISE_LIBRARY.filter((e) => e.behavior === slug);
      expect(mine.length, slug).toBeGreaterThanOrEqual(3);
      expect(new Set(mine.map((e) => e.kind)).size, slug).toBeGreaterThanOrEqual(2);
      expect(BY_FILE[slug]).toEqual(mine);
    }
  });

  it('lists the behaviors in canonical order and includes every file', () => {
    expect(EXERCISE_LIBRARY).toEqual(behavior.enumValues.flatMap((slug) => BY_FILE[slug]));
  });

  it('uses every kind at least five times', () => {
    for (const kind of exerciseKind.enumValues) {
      expect(EXERCISE_LIBRARY.filter((e) => e.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
    }
  });

  it('has one weekly check-in across all nine behaviors, and focused check-ins of two to four', () => {
    const scales = EXERCISE_LIBRARY.flatMap((e) => (e.kind === 'check-in-scale' ? [e] : []));
    const allNine = scales.filter((e) => e.scaleBehaviors.length === behavior.enumValues.length);
    expect(allNine).toHaveLength(1);
    expect(new Set(allNine[0]!.scaleBehaviors)).toEqual(new Set(behavior.enumValues));
    for (const e of scales) {
      expect(new Set(e.scaleBehaviors).size, e.key).toBe(e.scaleBehaviors.length);
      if (e !== allNine[0]) {
        expect(e.scaleBehaviors.length, e.key).toBeGreaterThanOrEqual(2);
        expect(e.scaleBehaviors.length, e.key).toBeLessThanOrEqual(4);
        expect(e.scaleBehaviors, e.key).toContain(e.behavior);
      }
    }
  });

  it('keeps time estimates realistic', () => {
    for (const e of EXERCISE_LIBRARY) {
      expect(e.estimatedMinutes, e.key).toBeGreaterThanOrEqual(5);
      expect(e.estimatedMinutes, e.key).toBeLessThanOrEqual(60);
    }
  });
});

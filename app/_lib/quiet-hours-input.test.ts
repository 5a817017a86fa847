import { expect, it } from 'vitest';
import { readQuietHours } from './quiet-hours-input';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

it('reads a window that wraps past midnight, in minutes', () => {
  expect(readQuietHours(form({ quietStart: '21:30', quietEnd: '07:00' }), true)).toEqual({
    quietHours: { start: 21 * 60 + 30, end: 7 * 60 },
  });
});

it('answers null when quiet hours are switched off, whatever the times say', () => {
  expect(readQuietHours(form({ quietStart: 'nonsense' }), false)).toEqual({ quietHours: null });
});

it('explains a missing time and an empty window', () => {
  expect(readQuietHours(form({ quietStart: '21:00' }), true)).toEqual({
    error: 'Enter when quiet hours start and end.',
  });
  expect(readQuietHours(form({ quietStart: '08:00', quietEnd: '08:00' }), true)).toEqual({
    error: 'Quiet hours must start and end at different times.',
  });
});

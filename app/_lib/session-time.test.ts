import { describe, expect, it } from 'vitest';
import { describeAutosave } from '../(staff)/p/[practiceId]/couples/[coupleId]/sessions/[sessionId]/use-versioned-autosave';
import { describeSaveState } from '../portal/[practiceId]/homework/[assignmentId]/use-autosave';
import { formatClockTime, formatDay } from './session-time';

// 23:30 UTC on Jan 15: 6:30 PM in New York, already Jan 16 in Tokyo.
const at = new Date('2026-01-15T23:30:00Z');

describe('times on the practice’s clock', () => {
  it('labels a time of day with the zone, whatever the machine’s zone', () => {
    expect(formatClockTime(at, 'America/New_York')).toBe('6:30 PM EST');
    expect(formatClockTime(at, 'Asia/Tokyo')).toBe('8:30 AM GMT+9');
  });

  it('reads a day on the practice’s calendar', () => {
    expect(formatDay(at, 'America/New_York')).toBe('Jan 15, 2026');
    expect(formatDay(at, 'Asia/Tokyo')).toBe('Jan 16, 2026');
  });

  it('says when a note and a homework draft were saved on that clock', () => {
    expect(describeAutosave({ kind: 'saved', at }, 'America/New_York')).toBe('Saved at 6:30 PM EST');
    expect(describeSaveState({ kind: 'saved', at }, 'America/New_York')).toBe('Draft saved at 6:30 PM EST');
  });
});

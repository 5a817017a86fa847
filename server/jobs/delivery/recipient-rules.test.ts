import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, decideDelivery, fallbackPreferences } from './recipient-rules';

// 03:00 in New York on an ordinary November night; 15:00 the same day.
const night = new Date('2026-11-25T08:00:00Z');
const afternoon = new Date('2026-11-25T20:00:00Z');

const decide = (overrides: Partial<Parameters<typeof decideDelivery>[0]>) =>
  decideDelivery({
    now: afternoon,
    category: 'homework',
    suppressedFor: null,
    preferences: DEFAULT_PREFERENCES,
    practiceTimeZone: 'America/New_York',
    ...overrides,
  });

describe('deciding a claimed message', () => {
  it('sends a nudge outside quiet hours', () => {
    expect(decide({})).toEqual({ kind: 'send' });
  });

  it('holds a nudge due at 3 a.m. until quiet hours end at 8 on the practice clock', () => {
    expect(decide({ now: night })).toEqual({ kind: 'wait', until: new Date('2026-11-25T13:00:00Z') });
  });

  it("uses the person's own zone over the practice's", () => {
    const preferences = { ...DEFAULT_PREFERENCES, timeZone: 'Europe/London' };
    // 08:00 UTC is 08:00 in London: quiet hours have just ended there.
    expect(decide({ now: night, preferences })).toEqual({ kind: 'send' });
  });

  it('sends at any hour to someone without quiet hours', () => {
    const preferences = { ...DEFAULT_PREFERENCES, quietHoursStart: null, quietHoursEnd: null };
    expect(decide({ now: night, preferences })).toEqual({ kind: 'send' });
  });

  it.each([
    ['homework', 'homeworkNudges'],
    ['sessions', 'sessionReminders'],
    ['digest', 'dailyDigest'],
  ] as const)('skips a %s nudge its recipient turned off, and only that kind', (category, field) => {
    const preferences = { ...DEFAULT_PREFERENCES, [field]: false };
    expect(decide({ category, preferences })).toMatchObject({ kind: 'skip' });
    const other = category === 'homework' ? 'sessions' : 'homework';
    expect(decide({ category: other, preferences })).toEqual({ kind: 'send' });
  });

  it('sends sign-in links and invitations at night and whatever the nudge settings', () => {
    const preferences = { ...DEFAULT_PREFERENCES, homeworkNudges: false, sessionReminders: false };
    expect(decide({ category: null, now: night, preferences })).toEqual({ kind: 'send' });
  });

  it('sends nothing to a suppressed address, not even a sign-in link', () => {
    expect(decide({ category: null, suppressedFor: 'bounce' })).toMatchObject({ kind: 'skip' });
    expect(decide({ suppressedFor: 'complaint' })).toMatchObject({ kind: 'skip' });
  });
});

describe('preferences of someone who has not chosen', () => {
  const practice = {
    clientHomeworkNudges: false,
    clientSessionReminders: true,
    clientQuietHoursStart: null,
    clientQuietHoursEnd: null,
  };

  it('follow the sending practice’s reminder defaults for homework and session nudges', () => {
    const homework = fallbackPreferences('homework', practice);
    expect(homework).toMatchObject({ homeworkNudges: false, sessionReminders: true, quietHoursStart: null });
    expect(decide({ preferences: homework })).toMatchObject({ kind: 'skip' });
    expect(
      decide({ category: 'sessions', preferences: fallbackPreferences('sessions', practice), now: night }),
    ).toEqual({
      kind: 'send',
    });
  });

  it('keep the app’s defaults for the staff digest, and without a sending practice', () => {
    expect(fallbackPreferences('digest', practice)).toEqual(DEFAULT_PREFERENCES);
    expect(fallbackPreferences('homework', undefined)).toEqual(DEFAULT_PREFERENCES);
  });
});

import { describe, expect, it } from 'vitest';
import type { SessionKind } from '@/db/schema';
import { judgeSession, SESSION_LIMITS, type SessionRecord, sessionExpiry } from './session-policy';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const signedInAt = new Date('2026-03-02T09:00:00Z');

function session(kind: SessionKind, overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    kind,
    lastSeenAt: signedInAt,
    expiresAt: sessionExpiry(kind, signedInAt),
    revokedAt: null,
    userDeactivatedAt: null,
    ...overrides,
  };
}

const later = (ms: number, from = signedInAt) => new Date(from.getTime() + ms);

describe('session limits', () => {
  it('are 15 minutes idle / 12 hours for staff and 30 minutes idle / 14 days for clients', () => {
    expect(SESSION_LIMITS.staff).toEqual({ idleMs: 15 * MINUTE, absoluteMs: 12 * HOUR });
    expect(SESSION_LIMITS.client).toEqual({ idleMs: 30 * MINUTE, absoluteMs: 14 * 24 * HOUR });
  });

  it('put the absolute expiry at sign-in plus the kind’s lifetime', () => {
    expect(sessionExpiry('staff', signedInAt)).toEqual(later(12 * HOUR));
    expect(sessionExpiry('client', signedInAt)).toEqual(later(14 * 24 * HOUR));
  });
});

describe.each([
  { kind: 'staff' as const, idleMs: 15 * MINUTE, absoluteMs: 12 * HOUR },
  { kind: 'client' as const, idleMs: 30 * MINUTE, absoluteMs: 14 * 24 * HOUR },
])('judgeSession for a $kind session', ({ kind, idleMs, absoluteMs }) => {
  it('is valid right after sign-in', () => {
    expect(judgeSession(session(kind), signedInAt)).toBe('valid');
  });

  it('is still valid at exactly the idle limit and idle one millisecond later', () => {
    expect(judgeSession(session(kind), later(idleMs))).toBe('valid');
    expect(judgeSession(session(kind), later(idleMs + 1))).toBe('idle');
  });

  it('measures idleness from the last time the session was seen, not from sign-in', () => {
    const lastSeenAt = later(absoluteMs - idleMs - 1);
    expect(judgeSession(session(kind, { lastSeenAt }), later(idleMs, lastSeenAt))).toBe('valid');
  });

  it('expires at exactly the absolute limit even while in use', () => {
    const lastSeenAt = later(absoluteMs - 1);
    expect(judgeSession(session(kind, { lastSeenAt }), later(absoluteMs - 1))).toBe('valid');
    expect(judgeSession(session(kind, { lastSeenAt }), later(absoluteMs))).toBe('expired');
  });

  it('reports expiry before idleness when both apply', () => {
    expect(judgeSession(session(kind), later(absoluteMs + idleMs))).toBe('expired');
  });

  it('is revoked once revoked, whatever the time', () => {
    expect(judgeSession(session(kind, { revokedAt: signedInAt }), signedInAt)).toBe('revoked');
    expect(judgeSession(session(kind, { revokedAt: signedInAt }), later(absoluteMs + 1))).toBe('revoked');
  });

  it('says deactivated over every other verdict', () => {
    const deactivated = { userDeactivatedAt: signedInAt };
    expect(judgeSession(session(kind, deactivated), signedInAt)).toBe('deactivated');
    expect(judgeSession(session(kind, { ...deactivated, revokedAt: signedInAt }), signedInAt)).toBe(
      'deactivated',
    );
    expect(judgeSession(session(kind, deactivated), later(idleMs + 1))).toBe('deactivated');
    expect(judgeSession(session(kind, deactivated), later(absoluteMs))).toBe('deactivated');
  });
});

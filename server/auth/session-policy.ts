// How long a sign-in lasts: pure rules, checked against the database on every request.
import type { SessionKind } from '@/db/schema';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const SESSION_LIMITS: Record<SessionKind, { idleMs: number; absoluteMs: number }> = {
  staff: { idleMs: 15 * MINUTE, absoluteMs: 12 * HOUR },
  client: { idleMs: 30 * MINUTE, absoluteMs: 14 * 24 * HOUR },
};

/** Writing last_seen_at on every request would turn reads into writes; once a minute is enough. */
export const TOUCH_AFTER_MS = MINUTE;

export type SessionRecord = {
  kind: SessionKind;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  userDeactivatedAt: Date | null;
};

export type SessionVerdict = 'valid' | 'revoked' | 'expired' | 'idle' | 'deactivated';

export function judgeSession(s: SessionRecord, now: Date): SessionVerdict {
  if (s.userDeactivatedAt) return 'deactivated';
  if (s.revokedAt) return 'revoked';
  if (now >= s.expiresAt) return 'expired';
  if (now.getTime() - s.lastSeenAt.getTime() > SESSION_LIMITS[s.kind].idleMs) return 'idle';
  return 'valid';
}

export function sessionExpiry(kind: SessionKind, now: Date): Date {
  return new Date(now.getTime() + SESSION_LIMITS[kind].absoluteMs);
}

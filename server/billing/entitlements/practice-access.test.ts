import { describe, expect, it } from 'vitest';
import { TRIAL_DAYS, TRIAL_SEATS } from '../plans';
import {
  PAST_DUE_GRACE_DAYS,
  practiceAccessOf,
  type SubscriptionRow,
  type SubscriptionStatus,
} from './practice-access';

const DAY = 86_400_000;
const created = new Date('2026-01-01T09:30:00Z');
const trialEnd = new Date(created.getTime() + TRIAL_DAYS * DAY);
const during = new Date(created.getTime() + 3 * DAY);
const after = new Date(trialEnd.getTime() + 30 * DAY);

const row = (status: SubscriptionStatus, extra: Partial<SubscriptionRow> = {}): SubscriptionRow => ({
  status,
  plan: 'group',
  seats: 8,
  pastDueSince: null,
  updatedAt: created,
  ...extra,
});
const access = (subscription: SubscriptionRow | null, now: Date) =>
  practiceAccessOf({ practiceCreatedAt: created, subscription }, now);

describe('a practice without a subscription (its free trial)', () => {
  it('has full use and the trial seats until the trial ends', () => {
    expect(access(null, created)).toEqual({
      level: 'full',
      reason: 'trial',
      seats: TRIAL_SEATS,
      readOnlyFrom: trialEnd,
    });
    expect(access(null, new Date(trialEnd.getTime() - 1))).toMatchObject({ level: 'full', reason: 'trial' });
  });

  it('is read-only from the very instant the trial ends', () => {
    expect(access(null, trialEnd)).toEqual({
      level: 'read-only',
      reason: 'trial-ended',
      seats: TRIAL_SEATS,
      readOnlyFrom: trialEnd,
    });
    expect(access(null, after)).toMatchObject({ level: 'read-only', reason: 'trial-ended' });
  });
});

describe('every Stripe status', () => {
  it.each([
    ['trialing', 'full', 'active'],
    ['active', 'full', 'active'],
    ['canceled', 'read-only', 'canceled'],
    ['unpaid', 'read-only', 'unpaid'],
    ['incomplete_expired', 'read-only', 'incomplete-expired'],
    ['paused', 'read-only', 'paused'],
  ] as const)('%s gives %s use (%s), during the trial and after it', (status, level, reason) => {
    for (const now of [during, after]) {
      expect(access(row(status), now)).toEqual({ level, reason, seats: 8, readOnlyFrom: null });
    }
  });

  it('incomplete (a first payment in progress) keeps the trial it replaces, and nothing after it', () => {
    expect(access(row('incomplete'), during)).toEqual({
      level: 'full',
      reason: 'trial',
      seats: TRIAL_SEATS,
      readOnlyFrom: trialEnd,
    });
    expect(access(row('incomplete'), trialEnd)).toMatchObject({ level: 'read-only', reason: 'trial-ended' });
  });

  it('past_due is full use with a 7-day grace from past_due_since, then read-only', () => {
    const since = new Date('2026-03-10T15:00:00Z');
    const graceEnd = new Date(since.getTime() + PAST_DUE_GRACE_DAYS * DAY);
    const pastDue = row('past_due', { pastDueSince: since });
    expect(PAST_DUE_GRACE_DAYS).toBe(7);
    expect(access(pastDue, since)).toEqual({
      level: 'full',
      reason: 'past-due-grace',
      seats: 8,
      readOnlyFrom: graceEnd,
    });
    expect(access(pastDue, new Date(graceEnd.getTime() - 1))).toMatchObject({ level: 'full' });
    expect(access(pastDue, graceEnd)).toEqual({
      level: 'read-only',
      reason: 'past-due-ended',
      seats: 8,
      readOnlyFrom: graceEnd,
    });
  });

  it('past_due without past_due_since counts the grace from when the row was written', () => {
    const written = new Date('2026-03-10T15:00:00Z');
    const pastDue = row('past_due', { updatedAt: written });
    expect(access(pastDue, new Date(written.getTime() + 6 * DAY))).toMatchObject({ level: 'full' });
    expect(access(pastDue, new Date(written.getTime() + 7 * DAY))).toMatchObject({ level: 'read-only' });
  });
});

describe('seats', () => {
  it('are the quantity bought on Group', () => {
    expect(access(row('active', { plan: 'group', seats: 12 }), during).seats).toBe(12);
  });

  it('are one on Solo, whatever quantity Stripe reports', () => {
    expect(access(row('active', { plan: 'solo', seats: 1 }), during).seats).toBe(1);
    expect(access(row('active', { plan: 'solo', seats: 4 }), during).seats).toBe(1);
  });

  it('are the quantity when the price is not one Ninefold sells (plan unknown)', () => {
    expect(access(row('active', { plan: null, seats: 3 }), during).seats).toBe(3);
  });
});

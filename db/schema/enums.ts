import { pgEnum } from 'drizzle-orm/pg-core';

export const membershipRole = pgEnum('membership_role', ['owner', 'admin', 'counselor', 'client']);
export const membershipStatus = pgEnum('membership_status', ['active', 'deactivated']);
export const coupleStatus = pgEnum('couple_status', ['active', 'paused', 'closed']);
export const sessionKind = pgEnum('session_kind', ['staff', 'client']);
export const outboxStatus = pgEnum('outbox_status', ['pending', 'sent', 'failed']);

export type MembershipRole = (typeof membershipRole.enumValues)[number];
export type SessionKind = (typeof sessionKind.enumValues)[number];

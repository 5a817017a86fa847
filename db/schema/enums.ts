import { pgEnum } from 'drizzle-orm/pg-core';

export const membershipRole = pgEnum('membership_role', ['owner', 'admin', 'counselor', 'client']);
export const membershipStatus = pgEnum('membership_status', ['active', 'deactivated']);
export const coupleStatus = pgEnum('couple_status', ['active', 'paused', 'closed']);
export const sessionKind = pgEnum('session_kind', ['staff', 'client']);
/** skipped: not sent on purpose (the recipient turned the nudge off, or the address bounced). */
export const outboxStatus = pgEnum('outbox_status', ['pending', 'sent', 'failed', 'skipped']);
/** The nudges a person can turn off; transactional messages (sign-in, invitations, billing) have none. */
export const emailCategory = pgEnum('email_category', ['homework', 'sessions', 'digest']);
export const suppressionReason = pgEnum('suppression_reason', ['bounce', 'complaint']);

// The nine behaviors (DESIGN.md section 2): fixed slugs, used in the database, URLs and tests.
export const behavior = pgEnum('behavior', [
  'attentive-listening',
  'compassion',
  'shared-laughter',
  'de-escalation',
  'present-focus',
  'basic-trust',
  'accountability',
  'constructive-energy',
  'quality-time',
]);
export const exerciseKind = pgEnum('exercise_kind', [
  'reflection',
  'joint-reveal',
  'practice-log',
  'check-in-scale',
]);
/** private: the author only; counselor: the author and the counselor; couple: both partners too. */
export const answerVisibility = pgEnum('answer_visibility', ['private', 'counselor', 'couple']);
export const responseStatus = pgEnum('response_status', ['draft', 'submitted']);
export const sessionFormat = pgEnum('session_format', ['in-person', 'video']);
export const sessionStatus = pgEnum('session_status', ['scheduled', 'attended', 'no-show', 'cancelled']);
/** How a session note's narrative is divided: DAP, SOAP, BIRP, or one free-text section. */
export const noteTemplate = pgEnum('note_template', ['dap', 'soap', 'birp', 'free']);

/** A practice data export: queued, being built, ready to download, failed, or its file deleted. */
export const exportStatus = pgEnum('export_status', ['queued', 'running', 'ready', 'failed', 'expired']);

export type MembershipRole = (typeof membershipRole.enumValues)[number];
export type SessionKind = (typeof sessionKind.enumValues)[number];
export type Behavior = (typeof behavior.enumValues)[number];
export type ExerciseKind = (typeof exerciseKind.enumValues)[number];
export type AnswerVisibility = (typeof answerVisibility.enumValues)[number];
export type SessionFormat = (typeof sessionFormat.enumValues)[number];
export type SessionStatus = (typeof sessionStatus.enumValues)[number];
export type NoteTemplate = (typeof noteTemplate.enumValues)[number];

/** Stripe's subscription statuses, as Stripe names them. */
export const subscriptionStatus = pgEnum('subscription_status', [
  'incomplete',
  'incomplete_expired',
  'trialing',
  'active',
  'past_due',
  'canceled',
  'unpaid',
  'paused',
]);
export const billingPlan = pgEnum('billing_plan', ['solo', 'group']);

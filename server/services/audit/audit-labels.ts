// What an audit entry says in plain words for the people who read the log. The stored codes stay as
// they are (the chain and the CSV export keep them); an unknown code is shown as it is.

const ACTION_LABELS: Record<string, string> = {
  'practice.created': 'Created the practice',
  'practice.settings-changed': 'Changed the practice settings',
  'practice.reminder-defaults-changed': 'Changed the client reminder defaults',
  'practice.email-discretion-changed': 'Changed client email privacy',
  'practice.measure-thresholds-changed': 'Changed when measure alerts are raised',
  'practice.crisis-lines-changed': 'Changed the crisis lines',
  'practice.two-factor-required': 'Required two-factor sign-in for staff',
  'practice.two-factor-not-required': 'Stopped requiring two-factor sign-in for staff',
  'billing.checkout-started': 'Started paying for a plan',
  'billing.seats-changed': 'Changed the number of seats',
  'team.invited': 'Invited a team member',
  'team.invitation-resent': 'Sent an invitation again',
  'team.invitation-revoked': 'Withdrew an invitation',
  'team.role-changed': 'Changed a team member’s role',
  'team.deactivated': 'Deactivated a team member',
  'team.reactivated': 'Reactivated a team member',
  'team.couples-reassigned': 'Moved couples to another counselor',
  'invitation.accepted': 'Accepted an invitation',
  'couple.created': 'Added a couple',
  'couple.reassigned': 'Moved a couple to another counselor',
  'couple.closed': 'Closed a couple’s file',
  'couple.reopened': 'Reopened a couple’s file',
  'couple.partner_private_answers_deleted': 'Deleted a partner’s private answers',
  'session.scheduled': 'Booked a session',
  'session.rescheduled': 'Changed a session',
  'session.cancelled': 'Cancelled a session',
  'session.attendance': 'Recorded attendance',
  'note.read': 'Read a session note',
  'note.saved': 'Saved a session note draft',
  'note.signed': 'Signed a session note',
  'note.addendum-added': 'Added an addendum to a session note',
  'process-note.read': 'Opened their psychotherapy notes',
  'process-note.saved': 'Saved their psychotherapy notes',
  'safety.hold.placed': 'Placed a safety hold',
  'safety.hold.lifted': 'Lifted a safety hold',
  'safety.flag.acknowledged': 'Acknowledged a safety flag',
  'safety.check-ins.viewed': 'Read safety check-ins',
  'measures.viewed': 'Read measure answers',
  'measures.schedule-changed': 'Changed which questionnaires a couple is asked',
  'measures.practice-measure-created': 'Added a practice measure',
  'measures.practice-measure-updated': 'Edited a practice measure',
  'measures.practice-measure-retired': 'Retired a practice measure',
  'safety.cadence.changed': 'Changed how often safety check-ins are asked',
  'export.requested': 'Asked for an export of the practice’s data',
  'export.downloaded': 'Downloaded an export of the practice’s data',
  'portal.private_answers_deleted': 'Deleted their own private answers',
  'portal.data_exported': 'Downloaded their own data',
  'user.two-factor-enabled': 'Turned on two-factor sign-in',
  'user.two-factor-disabled': 'Turned off two-factor sign-in',
  'user.recovery-codes-regenerated': 'Made new recovery codes',
  'user.recovery-code-used': 'Signed in with a recovery code',
};

export function auditActionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export function hasAuditActionLabel(action: string): boolean {
  return Object.hasOwn(ACTION_LABELS, action);
}

const LOOPBACK = /^(::1|127(?:\.\d{1,3}){3}|::ffff:127(?:\.\d{1,3}){3})$/;

/** Where a request came from, for a person: the server's own machine by name, else the address. */
export function readableAddress(ip: string | null): string {
  if (!ip) return 'Not recorded';
  return LOOPBACK.test(ip) ? 'This computer' : ip;
}

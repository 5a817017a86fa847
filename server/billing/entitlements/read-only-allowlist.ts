// The mutations a read-only practice may still make: paying (anything under 'billing:manage'),
// a member's own email preferences (unsubscribing must always work), finishing the clinical record
// of sessions already held (signing a note, adding an addendum: a lapsed payment must not leave a
// record unsigned), ending a team member's access or an invitation, requiring two-factor sign-in, closing a couple's file, and
// taking the practice's data out. Everything else that writes is refused; every query still answers.
import type { Permission } from '../../authz/permissions';

// Safety never waits for a payment: check-ins, flags, holds.
export const READ_ONLY_ALLOWED_PERMISSIONS: readonly Permission[] = [
  'billing:manage',
  'safety:check-in',
  'safety:manage',
];

/** Procedures by router path, for those whose permission also covers writes that must stop. */
export const READ_ONLY_ALLOWED_PATHS: readonly string[] = [
  'preferences.update',
  'notes.sign',
  'notes.addAddendum',
  // Ending someone's access must never wait for a payment.
  'team.deactivate',
  'team.revokeInvitation',
  // Tightening sign-in (requiring two-factor) is protection, not use.
  'practiceSecurity.setTwoFactorRequirement',
  // Closing a couple's file stops its nudges and cancels its sessions: winding down never waits
  // for a payment either (reopening does).
  'couples.close',
  // The crisis lines clients see must stay correct.
  'safety.updateCrisisLines',
  // Taking the practice's data out, and a client's right to delete their private answers.
  'exports.request',
  'clientData.deletePrivateAnswers',
  'clientData.deletePartnerPrivateAnswers',
];

export function allowedWhenReadOnly(path: string, permission: Permission): boolean {
  return READ_ONLY_ALLOWED_PERMISSIONS.includes(permission) || READ_ONLY_ALLOWED_PATHS.includes(path);
}

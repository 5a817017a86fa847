// Who may call what, for a person to read and review: every procedure of the router, the permission
// it requires (server/authz/permissions.ts says which roles hold it), and its exceptions:
//
//   'open when read-only'  a mutation that still runs when the practice is read-only for billing
//                          (subscription ended, trial over, grace over); every other mutation is refused
//   'open when closed'     a mutation a client may still make once their couple's file is closed;
//                          every other mutation a client may call is refused
//
// 'signed in' procedures need a session and no practice; 'anyone' needs nothing. Queries are never
// refused for billing or a closed file. test/role-table.int.test.ts holds the router to this table,
// by reading its meta and by calling every mutation, so a change to either shows up as a diff here.
import type { Permission } from '../server/authz/permissions';

export type Exception = 'open when read-only' | 'open when closed';
export type Row = readonly [Permission | 'signed in' | 'anyone', ...Exception[]];

export const ROLE_TABLE: Readonly<Record<string, Row>> = {
  // practice
  'practice.mine': ['signed in'],
  'practice.current': ['practice:read'],
  'practice.updateSettings': ['practice:settings'],
  'practice.reminderDefaults': ['practice:settings'],
  'practice.updateReminderDefaults': ['practice:settings'],
  'practice.measureThresholds': ['practice:settings'],
  'practice.updateMeasureThresholds': ['practice:settings'],
  'practice.undeliveredEmail': ['practice:settings'],
  'practice.emailDiscretion': ['practice:settings'],
  'practice.updateEmailDiscretion': ['practice:settings'],
  // practiceSecurity
  'practiceSecurity.twoFactorRequirement': ['practice:settings'],
  'practiceSecurity.setTwoFactorRequirement': ['practice:security', 'open when read-only'],
  // account
  'account.twoFactor.status': ['signed in'],
  'account.twoFactor.beginSetup': ['signed in'],
  'account.twoFactor.confirmSetup': ['signed in'],
  'account.twoFactor.regenerateRecoveryCodes': ['signed in'],
  'account.twoFactor.disable': ['signed in'],
  // team
  'team.find': ['team:read'],
  'team.invite': ['team:invite'],
  'team.resendInvitation': ['team:invite'],
  'team.revokeInvitation': ['team:invite', 'open when read-only'],
  'team.changeRole': ['team:manage'],
  'team.deactivate': ['team:manage', 'open when read-only'],
  'team.reactivate': ['team:manage'],
  'team.memberCouples': ['team:manage'],
  'team.reassignCouples': ['team:manage'],
  // couples
  'couples.get': ['couples:read'],
  'couples.create': ['couples:write'],
  'couples.closingPreview': ['couples:read'],
  'couples.close': ['couples:write', 'open when read-only'],
  'couples.reopen': ['couples:write'],
  // exercises
  'exercises.find': ['exercises:read'],
  'exercises.get': ['exercises:read'],
  'exercises.create': ['exercises:write'],
  'exercises.update': ['exercises:write'],
  'exercises.archive': ['exercises:write'],
  // homework
  'homework.forCouple': ['homework:read'],
  'homework.progress': ['homework:read'],
  'homework.assign': ['homework:assign'],
  'homework.update': ['homework:assign'],
  'homework.cancel': ['homework:assign'],
  'homework.review': ['homework:assign'],
  // portal
  'portal.home': ['portal:read'],
  'portal.homework.list': ['portal:read'],
  'portal.homework.history': ['portal:read'],
  'portal.homework.get': ['portal:read'],
  'portal.homework.save': ['homework:answer'],
  'portal.homework.submit': ['homework:answer'],
  'portal.homework.setVisibility': ['homework:answer'],
  'portal.upcomingSessions': ['portal:read'],
  'portal.progress': ['portal:read'],
  // audit
  'audit.find': ['audit:read'],
  'audit.filterOptions': ['audit:read'],
  'audit.verifyChain': ['audit:read'],
  'audit.exportCsv': ['audit:read'],
  // sessions
  'sessions.forCouple': ['sessions:read'],
  'sessions.schedule': ['sessions:write'],
  'sessions.reschedule': ['sessions:write'],
  'sessions.cancel': ['sessions:write'],
  'sessions.recordAttendance': ['sessions:write'],
  // notes
  'notes.get': ['notes:read'],
  'notes.saveDraft': ['notes:write'],
  'notes.sign': ['notes:write', 'open when read-only'],
  'notes.addAddendum': ['notes:write', 'open when read-only'],
  'notes.processNote.get': ['notes:read'],
  'notes.processNote.save': ['notes:write'],
  // dashboard
  'dashboard.caseload': ['caseload:read'],
  'dashboard.digest': ['caseload:read'],
  // timeline
  'timeline.forCouple': ['notes:read'],
  // preferences
  'preferences.get': ['practice:read'],
  'preferences.update': ['practice:read', 'open when read-only', 'open when closed'],
  // billing
  'billing.overview': ['billing:manage'],
  'billing.startCheckout': ['billing:manage', 'open when read-only'],
  'billing.openPortal': ['billing:manage', 'open when read-only'],
  'billing.changeSeats': ['billing:manage', 'open when read-only'],
  // exports
  'exports.request': ['practice:export', 'open when read-only'],
  'exports.find': ['practice:export'],
  'exports.file': ['practice:export'],
  // clientData
  'clientData.export': ['portal:read'],
  'clientData.deletePrivateAnswers': ['homework:answer', 'open when read-only', 'open when closed'],
  'clientData.deletePartnerPrivateAnswers': ['couples:write', 'open when read-only'],
  // safety
  'safety.myStatus': ['portal:read'],
  'safety.submitCheckIn': ['safety:check-in', 'open when read-only', 'open when closed'],
  'safety.resources': ['portal:read'],
  'safety.summary': ['safety:read'],
  'safety.get': ['safety:read'],
  'safety.acknowledgeFlag': ['safety:manage', 'open when read-only'],
  'safety.setHold': ['safety:manage', 'open when read-only'],
  'safety.setCadence': ['safety:manage', 'open when read-only'],
  'safety.crisisLines': ['practice:settings'],
  'safety.updateCrisisLines': ['practice:settings', 'open when read-only'],
  // measures
  'measures.forCouple': ['measures:read'],
  'measures.setSchedule': ['measures:manage'],
  'measures.removeSchedule': ['measures:manage'],
  'measures.myDue': ['portal:read'],
  'measures.submit': ['measures:answer', 'open when read-only', 'open when closed'],
  'measures.questionnaire': ['portal:read'],
  // practiceMeasures
  'practiceMeasures.find': ['measures:read'],
  'practiceMeasures.get': ['measures:define'],
  'practiceMeasures.create': ['measures:define'],
  'practiceMeasures.update': ['measures:define'],
  'practiceMeasures.retire': ['measures:define'],
};

// The one permission matrix: which membership roles may do what. Procedures name a permission;
// nothing else in the code compares roles.
import type { MembershipRole } from '@/db/schema';

const STAFF = ['owner', 'admin', 'counselor'] as const;
const ADMINS = ['owner', 'admin'] as const;

export const PERMISSIONS = {
  'practice:read': ['owner', 'admin', 'counselor', 'client'],
  'caseload:read': STAFF,
  'couples:read': STAFF,
  'couples:write': STAFF,
  'couples:read-all': ADMINS,
  'team:read': STAFF,
  'team:invite': ADMINS,
  'team:manage': ADMINS,
  'audit:read': ADMINS,
  'practice:settings': ADMINS,
  /** Requiring two-factor sign-in of every staff member: owners only. */
  'practice:security': ['owner'],
  'billing:manage': ADMINS,
  'portal:read': ['client'],
  'exercises:read': STAFF,
  'exercises:write': STAFF,
  'homework:read': STAFF,
  'homework:assign': STAFF,
  'homework:answer': ['client'],
  'sessions:read': STAFF,
  'sessions:write': STAFF,
  'notes:read': STAFF,
  'notes:write': STAFF,
  'practice:export': ADMINS,
  'safety:read': STAFF,
  'safety:manage': STAFF,
  'safety:check-in': ['client'],
  'measures:read': STAFF,
  'measures:manage': STAFF,
  /** Entering, editing and retiring the practice's own measures. */
  'measures:define': ADMINS,
  'measures:answer': ['client'],
} as const satisfies Record<string, readonly MembershipRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: MembershipRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly MembershipRole[]).includes(role);
}

export function isStaffRole(role: MembershipRole): boolean {
  return role !== 'client';
}

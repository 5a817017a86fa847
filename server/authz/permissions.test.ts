import { describe, expect, it } from 'vitest';
import type { MembershipRole } from '@/db/schema';
import { can, isStaffRole, PERMISSIONS, type Permission } from './permissions';

const ROLES: MembershipRole[] = ['owner', 'admin', 'counselor', 'client'];
const ALL = Object.keys(PERMISSIONS) as Permission[];
const allowed = (role: MembershipRole) => ALL.filter((permission) => can(role, permission));

describe('permission matrix', () => {
  it('gives clients only their practice, their portal, answering homework and questionnaires, and their safety check-in', () => {
    expect(allowed('client').sort()).toEqual([
      'homework:answer',
      'measures:answer',
      'portal:read',
      'practice:read',
      'safety:check-in',
    ]);
  });

  it('gives counselors their caseload, sessions, notes, safety and team view but no admin permission', () => {
    expect(allowed('counselor').sort()).toEqual([
      'caseload:read',
      'couples:read',
      'couples:write',
      'exercises:read',
      'exercises:write',
      'homework:assign',
      'homework:read',
      'measures:manage',
      'measures:read',
      'notes:read',
      'notes:write',
      'practice:read',
      'safety:manage',
      'safety:read',
      'sessions:read',
      'sessions:write',
      'team:read',
    ]);
    for (const permission of [
      'couples:read-all',
      'team:invite',
      'team:manage',
      'audit:read',
      'portal:read',
      'practice:export',
      'practice:security',
      'measures:define',
    ] as const) {
      expect(can('counselor', permission)).toBe(false);
    }
  });

  it('gives owners everything but the client side, and admins that less requiring two-factor', () => {
    const clientOnly = ['portal:read', 'homework:answer', 'measures:answer', 'safety:check-in'];
    const staffOnly = ALL.filter((permission) => !clientOnly.includes(permission)).sort();
    expect(allowed('owner').sort()).toEqual(staffOnly);
    expect(allowed('admin').sort()).toEqual(
      staffOnly.filter((permission) => permission !== 'practice:security'),
    );
  });

  it('grants every permission to at least one role and names only real roles', () => {
    for (const permission of ALL) {
      expect(PERMISSIONS[permission].length).toBeGreaterThan(0);
      for (const role of PERMISSIONS[permission]) expect(ROLES).toContain(role);
    }
  });
});

describe('isStaffRole', () => {
  it('is true for owner, admin and counselor and false for client', () => {
    expect(ROLES.filter(isStaffRole)).toEqual(['owner', 'admin', 'counselor']);
  });
});

// The ladder's billing step: a mutation in a read-only practice is refused before it runs, unless
// its permission or its procedure keeps it open (read-only-allowlist.ts). Queries never pay for the
// check; a mutation pays one query.

import type { DbOrTx } from '@/db/client';
import type { MembershipRole } from '@/db/schema';
import type { Permission } from '@/server/authz/permissions';
import { readOnlyError } from './billing-error';
import { loadPracticeAccess } from './load-practice-access';
import { allowedWhenReadOnly } from './read-only-allowlist';

export async function assertMayWrite(
  tx: DbOrTx,
  call: {
    type: string;
    permission: Permission;
    openWhenReadOnly: boolean;
    practiceId: string;
    role: MembershipRole;
  },
  now = new Date(),
): Promise<void> {
  if (call.type !== 'mutation' || allowedWhenReadOnly(call)) return;
  const access = await loadPracticeAccess(tx, call.practiceId, now);
  if (access.level === 'read-only') throw readOnlyError(call.role === 'client' ? 'client' : 'staff');
}

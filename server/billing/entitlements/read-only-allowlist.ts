// The mutations a read-only practice may still make. Whole permissions are open: paying, and
// safety, which never waits for a payment (check-ins, flags, holds). Any other procedure is opened
// one by one with `openWhenReadOnly` in its meta, beside the reason it stays open (server/trpc/init.ts
// documents the flag). Everything else that writes is refused; every query still answers.

import type { Permission } from '@/server/authz/permissions';

const READ_ONLY_ALLOWED_PERMISSIONS: readonly Permission[] = [
  'billing:manage',
  'safety:check-in',
  'safety:manage',
];

export function allowedWhenReadOnly(call: { permission: Permission; openWhenReadOnly: boolean }): boolean {
  return call.openWhenReadOnly || READ_ONLY_ALLOWED_PERMISSIONS.includes(call.permission);
}

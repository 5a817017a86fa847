// The procedure ladder's two-factor step: in a practice that requires two-factor sign-in, a staff
// member without it is refused every practice procedure until they set it up. Clients are not
// asked (they sign in by link). The refusal names its reason, so pages can send the person to
// setup instead of showing "no access".
import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { queryRows } from '@/db/client';
import type { MembershipRole } from '@/db/schema';
import { isStaffRole } from '@/server/authz/permissions';
import { AppError } from '@/server/errors';

function twoFactorSetupRequired(): AppError {
  return new AppError(
    'FORBIDDEN',
    'This practice requires two-factor sign-in. Set it up under Account security to continue.',
    'two-factor-setup-required',
  );
}

/**
 * `enabled` comes with the request's session when the session check fetched it; otherwise the
 * tenant transaction asks the database about its own user (app.user_id).
 */
export async function assertTwoFactorSatisfied(
  tx: Tx,
  membership: { role: MembershipRole; requireTwoFactor: boolean },
  enabled: boolean | undefined,
) {
  if (!isStaffRole(membership.role) || !membership.requireTwoFactor) return;
  const on = enabled ?? (await twoFactorEnabledInTenant(tx));
  if (!on) throw twoFactorSetupRequired();
}

export async function twoFactorEnabledInTenant(tx: Tx): Promise<boolean> {
  const [row] = await queryRows<{ on: boolean }>(tx, sql`select app_two_factor_enabled() as "on"`);
  return row?.on === true;
}

// An owner requires two-factor sign-in of every staff member (or stops requiring it). From the
// next request on, staff without it are sent to set it up (server/auth/two-factor/setup-required.ts).
// The owner must have it on first, so turning it on never locks out the person doing it.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { practices } from '@/db/schema';
import { twoFactorEnabledInTenant } from '@/server/auth/two-factor/setup-required';
import { AppError, notFound } from '@/server/errors';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';

export const ZTwoFactorRequirementInput = z.object({ required: z.boolean() });
type TTwoFactorRequirementInput = z.infer<typeof ZTwoFactorRequirementInput>;

export async function getTwoFactorRequirement(tx: Tx, actor: Actor) {
  const [row] = await tx
    .select({ required: practices.requireTwoFactor })
    .from(practices)
    .where(eq(practices.id, actor.practiceId));
  if (!row) throw notFound('Practice');
  return { required: row.required };
}

export async function setTwoFactorRequirement(tx: Tx, actor: Actor, input: TTwoFactorRequirementInput) {
  if (input.required && !(await twoFactorEnabledInTenant(tx))) {
    // BAD_REQUEST, not FORBIDDEN: the owner may make this change, just not before this step.
    throw new AppError(
      'BAD_REQUEST',
      'Turn on two-factor sign-in for your own account first (Account security), then require it of everyone.',
    );
  }
  const [before] = await tx
    .select({ required: practices.requireTwoFactor })
    .from(practices)
    .where(eq(practices.id, actor.practiceId))
    .for('update');
  if (!before) throw notFound('Practice');
  // Asking twice (a retried request) changes nothing and records nothing twice.
  if (before.required === input.required) return { required: input.required };
  await tx
    .update(practices)
    .set({ requireTwoFactor: input.required })
    .where(eq(practices.id, actor.practiceId));
  await recordAudit(tx, actor, {
    action: input.required ? 'practice.two-factor-required' : 'practice.two-factor-not-required',
    targetType: 'practice',
    targetId: actor.practiceId,
  });
  return { required: input.required };
}

// Client sign-in by email link. The link opens a page with a button; only the button's POST
// spends the token, so a mail scanner fetching the link does not sign anyone in.
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { magicLinks, memberships, users } from '../../db/schema';
import { enqueueEmail } from '../email/enqueue-email';
import { env } from '../env';
import type { RequestMeta } from '../services/actor';
import { RATE_LIMITS, takeRateLimit } from './rate-limit';
import { hashToken, newToken } from './tokens';

export const MAGIC_LINK_MINUTES = 15;

/** Always resolves the same way for known and unknown addresses; only a rate limit is reported. */
export async function requestMagicLink(
  db: Db,
  email: string,
  meta: RequestMeta,
  now = new Date(),
): Promise<'sent' | 'rate-limited'> {
  return db.transaction(async (tx) => {
    const allowed =
      (await takeRateLimit(tx, `magic:email:${email}`, RATE_LIMITS.magicLinkPerEmail, now)) &&
      (await takeRateLimit(tx, `magic:ip:${meta.ip ?? 'unknown'}`, RATE_LIMITS.magicLinkPerIp, now));
    if (!allowed) return 'rate-limited';
    const [client] = await tx
      .select({ id: users.id, practiceId: memberships.practiceId })
      .from(users)
      .innerJoin(memberships, eq(memberships.userId, users.id))
      .where(
        and(
          eq(users.email, email),
          isNull(users.deactivatedAt),
          eq(memberships.role, 'client'),
          eq(memberships.status, 'active'),
        ),
      )
      .limit(1);
    if (!client) return 'sent';
    const { token, tokenHash } = newToken();
    const [link] = await tx
      .insert(magicLinks)
      .values({
        userId: client.id,
        tokenHash,
        expiresAt: new Date(now.getTime() + MAGIC_LINK_MINUTES * 60_000),
      })
      .returning({ id: magicLinks.id });
    if (!link) throw new Error('magic link insert returned nothing');
    await enqueueEmail(tx, {
      to: email,
      template: 'magic-link',
      idempotencyKey: `magic-link:${link.id}`,
      // The link signs in to Ninefold, not to a practice; the practice and the person only decide,
      // at delivery, whether it goes out discreetly.
      sender: { practiceId: client.practiceId, name: 'Ninefold' },
      recipientUserId: client.id,
      props: { url: `${env().appUrl}/magic?token=${token}`, expiresInMinutes: MAGIC_LINK_MINUTES },
    });
    return 'sent';
  });
}

/** Spends a link once; returns the user it signs in, or null when the link is unknown, used or expired. */
export async function consumeMagicLink(db: Db, token: string, now = new Date()): Promise<string | null> {
  const [link] = await db
    .update(magicLinks)
    .set({ consumedAt: now })
    .where(
      and(
        eq(magicLinks.tokenHash, hashToken(token)),
        isNull(magicLinks.consumedAt),
        gt(magicLinks.expiresAt, now),
      ),
    )
    .returning({ userId: magicLinks.userId });
  if (!link) return null;
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, link.userId), isNull(users.deactivatedAt)));
  return user?.id ?? null;
}

/** Mints a link without email, to sign a client in right after they accept an invitation. */
export async function mintMagicLink(db: Db, userId: string, now = new Date()): Promise<string> {
  const { token, tokenHash } = newToken();
  await db.insert(magicLinks).values({ userId, tokenHash, expiresAt: new Date(now.getTime() + 60_000) });
  return token;
}

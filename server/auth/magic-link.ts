// Client sign-in by email link. The link opens a page with a button; only the button's POST
// spends the token, so a mail scanner fetching the link does not sign anyone in.
import { randomUUID } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { emailOutbox, magicLinks, memberships, users } from '@/db/schema';
import { outboxRow } from '../email/enqueue-email';
import { env } from '../env';
import type { RequestMeta } from '../services/actor';
import { RATE_LIMITS, takeRateLimit } from './rate-limit';
import { hashToken, newToken } from './tokens';

export const MAGIC_LINK_MINUTES = 15;

/** The limits a link request counts against, in the order they are taken. */
export const MAGIC_LINK_LIMITS = [RATE_LIMITS.magicLinkPerEmail, RATE_LIMITS.magicLinkPerIp] as const;

/**
 * Always resolves the same way for known and unknown addresses; only a rate limit is reported.
 * The message is rendered on every path (rendering is most of the work), so an address without a
 * client account does not answer sooner.
 */
export async function requestMagicLink(
  db: Db,
  email: string,
  meta: RequestMeta,
  now = new Date(),
): Promise<'sent' | 'rate-limited'> {
  return db.transaction(async (tx) => {
    const allowed =
      (await takeRateLimit(tx, `magic:email:${email}`, MAGIC_LINK_LIMITS[0], now)) &&
      (await takeRateLimit(tx, `magic:ip:${meta.ip ?? 'unknown'}`, MAGIC_LINK_LIMITS[1], now));
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
    const linkId = randomUUID();
    const { token, tokenHash } = newToken();
    const message = await outboxRow({
      to: email,
      template: 'magic-link',
      idempotencyKey: `magic-link:${linkId}`,
      // The link signs in to Ninefold, not to a practice; the client's practice and choice only
      // decide, at delivery, whether it goes out discreetly. Rendered for unknown addresses too.
      sender: client ? { practiceId: client.practiceId, name: 'Ninefold' } : undefined,
      recipientUserId: client?.id,
      props: { url: `${env().appUrl}/magic?token=${token}`, expiresInMinutes: MAGIC_LINK_MINUTES },
    });
    if (!client) return 'sent';
    await tx.insert(magicLinks).values({
      id: linkId,
      userId: client.id,
      tokenHash,
      expiresAt: new Date(now.getTime() + MAGIC_LINK_MINUTES * 60_000),
    });
    await tx.insert(emailOutbox).values(message).onConflictDoNothing({ target: emailOutbox.idempotencyKey });
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

// One-click unsubscribe links: a token naming a person and a nudge category, signed with the app
// secret, so the landing page needs no sign-in and nobody can unsubscribe someone else.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { authSecret, env } from '../env';

export const EMAIL_CATEGORIES = ['homework', 'sessions', 'digest'] as const;
export type EmailCategory = (typeof EMAIL_CATEGORIES)[number];

/**
 * The category as a link names it: a number, because the link is in the email and its header, and
 * a word like "homework" there would tell a shared inbox what the mail is about. Links sent before
 * carry the word, and still work.
 */
const LINK_CODE = { homework: '1', sessions: '2', digest: '3' } as const satisfies Record<
  EmailCategory,
  string
>;
const ZCategory = z.union([
  z.enum(EMAIL_CATEGORIES),
  z
    .enum(Object.values(LINK_CODE))
    .transform((code) => EMAIL_CATEGORIES.find((category) => LINK_CODE[category] === code)),
]);
const ZTokenParts = z.tuple([z.uuid(), ZCategory, z.string().min(1)]);

const mac = (userId: string, category: EmailCategory) =>
  createHmac('sha256', authSecret()).update(`unsubscribe:${userId}:${category}`).digest('base64url');

export function unsubscribeToken(userId: string, category: EmailCategory): string {
  return `${userId}.${LINK_CODE[category]}.${mac(userId, category)}`;
}

export function readUnsubscribeToken(token: string): { userId: string; category: EmailCategory } | null {
  const parts = ZTokenParts.safeParse(token.split('.'));
  if (!parts.success) return null;
  const [userId, category, given] = parts.data;
  if (!category) return null;
  const expected = Buffer.from(mac(userId, category));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  return { userId, category };
}

export const unsubscribeUrl = (userId: string, category: EmailCategory) =>
  `${env().appUrl}/unsubscribe?token=${unsubscribeToken(userId, category)}`;

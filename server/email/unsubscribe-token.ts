// One-click unsubscribe links: a token naming a person and a nudge category, signed with the app
// secret, so the landing page needs no sign-in and nobody can unsubscribe someone else.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { authSecret, env } from '../env';

export const EMAIL_CATEGORIES = ['homework', 'sessions', 'digest'] as const;
export type EmailCategory = (typeof EMAIL_CATEGORIES)[number];

const ZTokenParts = z.tuple([z.uuid(), z.enum(EMAIL_CATEGORIES), z.string().min(1)]);

const mac = (userId: string, category: EmailCategory) =>
  createHmac('sha256', authSecret()).update(`unsubscribe:${userId}:${category}`).digest('base64url');

export function unsubscribeToken(userId: string, category: EmailCategory): string {
  return `${userId}.${category}.${mac(userId, category)}`;
}

export function readUnsubscribeToken(token: string): { userId: string; category: EmailCategory } | null {
  const parts = ZTokenParts.safeParse(token.split('.'));
  if (!parts.success) return null;
  const [userId, category, given] = parts.data;
  const expected = Buffer.from(mac(userId, category));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  return { userId, category };
}

export const unsubscribeUrl = (userId: string, category: EmailCategory) =>
  `${env().appUrl}/unsubscribe?token=${unsubscribeToken(userId, category)}`;

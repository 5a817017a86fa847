// Step one of setting up an authenticator (the first, or a new phone): a fresh secret kept as
// pending until a code from it confirms it; the person scans the QR code or types the key.
import { eq } from 'drizzle-orm';
import QRCode from 'qrcode';
import type { Db } from '@/db/client';
import { users, userTwoFactor } from '@/db/schema';
import { notFound } from '@/server/errors';
import { sealTotpSecret } from './secret-box';
import { formatManualKey, newTotpSecret, otpauthUri } from './totp';

export async function beginTwoFactorSetup(db: Db, userId: string, now = new Date()) {
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  if (!user) throw notFound('Account');
  const secret = newTotpSecret();
  const pending = {
    pendingSecretCiphertext: sealTotpSecret(userId, secret),
    pendingCreatedAt: now,
    updatedAt: now,
  };
  await db
    .insert(userTwoFactor)
    .values({ userId, ...pending })
    .onConflictDoUpdate({ target: userTwoFactor.userId, set: pending });
  const uri = otpauthUri(secret, user.email);
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return {
    manualKey: formatManualKey(secret),
    otpauthUri: uri,
    qrSvgDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
  };
}

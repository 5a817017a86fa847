// The authenticator secret at rest: the application's field encryption (AES-256-GCM, rotating
// keys), bound to the user, so a ciphertext copied onto another person's row does not open.
import { decryptJson, encryptJson } from '@/server/crypto/field-cipher';

const binding = (userId: string) => `user_two_factor:${userId}`;

export function sealTotpSecret(userId: string, secret: string): string {
  return encryptJson(secret, binding(userId));
}

export function openTotpSecret(userId: string, ciphertext: string): string {
  const secret = decryptJson(ciphertext, binding(userId));
  if (typeof secret !== 'string') throw new Error('unreadable authenticator secret');
  return secret;
}

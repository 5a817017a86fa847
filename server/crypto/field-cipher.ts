// Encrypts sensitive fields (homework answers, later session notes) before they reach the
// database: AES-256-GCM with a random nonce, bound to the row it belongs to, so a ciphertext
// copied onto another row does not decrypt.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { dataEncryptionKey } from '../env';

const VERSION = 'v1';
const NONCE_BYTES = 12;

export type CipherKey = Buffer;

/** `rowBinding` names the row (e.g. `responses:<practice>:<id>`); decrypting needs the same value. */
export function encryptJson(
  value: unknown,
  rowBinding: string,
  key: CipherKey = dataEncryptionKey(),
): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(rowBinding));
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return [VERSION, nonce, cipher.getAuthTag(), body]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

export function decryptJson(text: string, rowBinding: string, key: CipherKey = dataEncryptionKey()): unknown {
  const [version, nonce, tag, body] = text.split('.');
  if (version !== VERSION || !nonce || !tag || body === undefined) throw new Error('unreadable ciphertext');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'));
  decipher.setAAD(Buffer.from(rowBinding));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  const plain = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]);
  return JSON.parse(plain.toString('utf8'));
}

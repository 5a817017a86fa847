// Encrypts sensitive fields (homework answers, session notes) before they reach the database:
// AES-256-GCM with a random nonce, bound to the row it belongs to, so a ciphertext copied onto
// another row does not decrypt. Each ciphertext names its key, so keys can rotate: new writes
// use the current key, older rows still open with a previous one.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { dataKeyring } from '../env';

const VERSION = 'v2';
const NONCE_BYTES = 12;

export type Keyring = { current: Buffer; previous: readonly Buffer[] };

/** A short public name for a key: a hash prefix, so the id reveals nothing of the key. */
export function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest().subarray(0, 6).toString('base64url');
}

/** `rowBinding` names the row (e.g. `responses:<practice>:<id>`); decrypting needs the same value. */
export function encryptJson(value: unknown, rowBinding: string, keyring: Keyring = dataKeyring()): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyring.current, nonce);
  cipher.setAAD(Buffer.from(rowBinding));
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return [
    VERSION,
    keyId(keyring.current),
    ...[nonce, cipher.getAuthTag(), body].map((b) => b.toString('base64url')),
  ].join('.');
}

export function decryptJson(text: string, rowBinding: string, keyring: Keyring = dataKeyring()): unknown {
  const parts = text.split('.');
  // v1 ciphertexts (before key ids) were all written with the key that was current then.
  const [version, kid, nonce, tag, body] =
    parts[0] === 'v1' ? ['v1', keyId(keyring.current), ...parts.slice(1)] : parts;
  if ((version !== VERSION && version !== 'v1') || !kid || !nonce || !tag || body === undefined)
    throw new Error('unreadable ciphertext');
  const key = [keyring.current, ...keyring.previous].find((k) => keyId(k) === kid);
  if (!key) throw new Error(`no data key with id ${kid}: add it to DATA_ENCRYPTION_PREVIOUS_KEYS`);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'));
  decipher.setAAD(Buffer.from(rowBinding));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  const plain = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]);
  return JSON.parse(plain.toString('utf8'));
}

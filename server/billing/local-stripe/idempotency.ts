// Stripe's Idempotency-Key: a POST repeated with the same key gets the first answer again (and
// makes nothing new); the same key with other parameters is an idempotency_error. Kept 24 hours,
// as Stripe does, in the same table as the objects.
import { createHash } from 'node:crypto';
import type { DbOrTx } from '@/db/client';
import { LocalStripeError } from './errors';
import { nowSeconds } from './ids';
import { findObject, saveObject } from './store';

const KEEP_SECONDS = 24 * 3600;

type Saved = { status: number; body: unknown };

const recordId = (key: string) => `idem_${createHash('sha256').update(key).digest('hex').slice(0, 40)}`;
const fingerprint = (path: string, rawBody: string) =>
  createHash('sha256')
    .update(`${path}\n${[...new URLSearchParams(rawBody)].sort().join('&')}`)
    .digest('hex');

export async function replayed(
  db: DbOrTx,
  key: string,
  path: string,
  rawBody: string,
): Promise<Saved | null> {
  const record = await findObject(db, recordId(key), 'idempotency_key');
  if (!record || (record.created as number) < nowSeconds() - KEEP_SECONDS) return null;
  if (record.fingerprint !== fingerprint(path, rawBody))
    throw new LocalStripeError(
      400,
      'idempotency_error',
      `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
    );
  return { status: record.status as number, body: record.body };
}

export async function remember(db: DbOrTx, key: string, path: string, rawBody: string, saved: Saved) {
  await saveObject(db, {
    id: recordId(key),
    object: 'idempotency_key',
    created: nowSeconds(),
    fingerprint: fingerprint(path, rawBody),
    ...saved,
  });
}

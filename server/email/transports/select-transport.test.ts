import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { type AppEnv, loadEnv } from '@/server/env';
import { selectTransport } from './select-transport';

// Choosing a transport opens nothing: the mailbox only touches the database when it sends.
const db = {} as Db;
const envWith = (vars: Record<string, string>): AppEnv =>
  // loadEnv reads a process environment; NODE_ENV is the only variable its type insists on.
  loadEnv({ NODE_ENV: 'test', NINEFOLD_ENV: 'development', ...vars });
const production = {
  NINEFOLD_ENV: 'production',
  DATABASE_URL: 'postgres://app@db.test/ninefold',
  AUTH_SECRET: 'a'.repeat(32),
  APP_URL: 'https://app.ninefold.test',
  DATA_ENCRYPTION_KEY: 'dGVzdC1vbmx5LWRhdGEta2V5LTMyLWJ5dGVzLWxvbmc',
  AUDIT_CHAIN_KEY: 'dGVzdC1vbmx5LWF1ZGl0LWNoYWluLWtleS0zMmJ5dGU',
};

describe('selectTransport', () => {
  it('uses Resend when an API key is set', () => {
    expect(selectTransport(db, envWith({ RESEND_API_KEY: 're_123' })).name).toBe('resend');
    expect(selectTransport(db, envWith({ ...production, RESEND_API_KEY: 're_123' })).name).toBe('resend');
  });

  it('uses the local mailbox without a key outside production', () => {
    expect(selectTransport(db, envWith({})).name).toBe('mailbox');
    expect(selectTransport(db, envWith({ NINEFOLD_ENV: 'test' })).name).toBe('mailbox');
  });

  it('refuses to run in production without a key, naming the variable', () => {
    expect(() => selectTransport(db, envWith(production))).toThrow(/RESEND_API_KEY/);
  });
});

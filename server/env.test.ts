import { describe, expect, it } from 'vitest';
import { loadEnv } from './env';

// Next's types declare NODE_ENV required on ProcessEnv; loadEnv itself treats every variable as optional.
const envOf = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv;

const production = {
  NINEFOLD_ENV: 'production',
  DATABASE_URL: 'postgres://app@db.internal:5432/ninefold',
  AUTH_SECRET: 'a'.repeat(32),
  APP_URL: 'https://app.ninefold.example/',
  DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64url'),
  AUDIT_CHAIN_KEY: Buffer.alloc(32, 9).toString('base64url'),
} as const;

describe('loadEnv', () => {
  it('accepts a complete production environment and trims the trailing slash of APP_URL', () => {
    expect(loadEnv(envOf({ ...production }))).toEqual({
      mode: 'production',
      databaseUrl: production.DATABASE_URL,
      appUrl: 'https://app.ninefold.example',
      trustedProxyHops: 0,
      email: {
        resendApiKey: undefined,
        resendBaseUrl: undefined,
        resendWebhookSecret: undefined,
        fromAddress: 'nudges@ninefold.local',
        // Production on its own server: `npm run worker` delivers, not the web process.
        worker: 'off',
        leaseMs: 60_000,
        retryBaseMs: 30_000,
      },
      billing: {
        stripeSecretKey: undefined,
        stripeApiUrl: undefined,
        prices: { solo: 'price_local_solo', group: 'price_local_group' },
      },
    });
  });

  it.each(['DATABASE_URL', 'AUTH_SECRET', 'APP_URL', 'DATA_ENCRYPTION_KEY', 'AUDIT_CHAIN_KEY'] as const)(
    'refuses production without %s and names it',
    (name) => {
      const { [name]: _missing, ...rest } = production;
      expect(() => loadEnv(envOf(rest))).toThrow(`Missing environment variables for production: ${name}`);
    },
  );

  it('names every missing production variable at once', () => {
    expect(() => loadEnv(envOf({ NINEFOLD_ENV: 'production' }))).toThrow(
      'Missing environment variables for production: DATABASE_URL, AUTH_SECRET, APP_URL, DATA_ENCRYPTION_KEY, AUDIT_CHAIN_KEY',
    );
  });

  it('treats NODE_ENV=production as production when NINEFOLD_ENV is unset', () => {
    expect(() => loadEnv(envOf({ NODE_ENV: 'production' }))).toThrow(/DATABASE_URL, AUTH_SECRET, APP_URL/);
  });

  it('refuses a data encryption key that is not 32 bytes', () => {
    const short = Buffer.alloc(16, 1).toString('base64url');
    expect(() => loadEnv(envOf({ ...production, DATA_ENCRYPTION_KEY: short }))).toThrow(
      'Invalid environment variables: DATA_ENCRYPTION_KEY',
    );
  });

  it('names an invalid variable without echoing its value', () => {
    const shortSecret = 'tooshort-secret-value';
    let message = '';
    try {
      loadEnv(envOf({ ...production, AUTH_SECRET: shortSecret }));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe('Invalid environment variables: AUTH_SECRET');
    expect(message).not.toContain(shortSecret);
  });

  it('needs nothing in development and defaults the app URL from PORT', () => {
    expect(loadEnv(envOf({}))).toMatchObject({
      mode: 'development',
      databaseUrl: undefined,
      appUrl: 'http://localhost:3000',
      email: { worker: 'in-process', resendApiKey: undefined },
    });
    expect(loadEnv(envOf({ NINEFOLD_ENV: 'test', PORT: '4123' })).appUrl).toBe('http://localhost:4123');
  });

  it('reads how many proxies in front are trusted: none unless set, and refuses anything but a small count', () => {
    expect(loadEnv(envOf({})).trustedProxyHops).toBe(0);
    expect(loadEnv(envOf({ TRUSTED_PROXY_HOPS: '2' })).trustedProxyHops).toBe(2);
    for (const hops of ['-1', '1.5', 'many', '11']) {
      expect(() => loadEnv(envOf({ TRUSTED_PROXY_HOPS: hops }))).toThrow('TRUSTED_PROXY_HOPS');
    }
  });

  it('reads the email settings, and refuses a lease or retry delay that is not a positive number', () => {
    const email = loadEnv(
      envOf({
        RESEND_API_KEY: 're_live',
        EMAIL_FROM_ADDRESS: 'care@harbor.example',
        EMAIL_WORKER: 'off',
        EMAIL_LEASE_SECONDS: '2',
        EMAIL_RETRY_BASE_SECONDS: '0.5',
      }),
    ).email;
    expect(email).toMatchObject({
      resendApiKey: 're_live',
      fromAddress: 'care@harbor.example',
      worker: 'off',
      leaseMs: 2000,
      retryBaseMs: 500,
    });
    expect(() => loadEnv(envOf({ EMAIL_LEASE_SECONDS: '0' }))).toThrow('EMAIL_LEASE_SECONDS');
    expect(() => loadEnv(envOf({ EMAIL_FROM_ADDRESS: 'not an address' }))).toThrow('EMAIL_FROM_ADDRESS');
  });
});

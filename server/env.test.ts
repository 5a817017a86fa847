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
} as const;

describe('loadEnv', () => {
  it('accepts a complete production environment and trims the trailing slash of APP_URL', () => {
    expect(loadEnv(envOf({ ...production }))).toEqual({
      mode: 'production',
      databaseUrl: production.DATABASE_URL,
      appUrl: 'https://app.ninefold.example',
    });
  });

  it.each(['DATABASE_URL', 'AUTH_SECRET', 'APP_URL', 'DATA_ENCRYPTION_KEY'] as const)(
    'refuses production without %s and names it',
    (name) => {
      const { [name]: _missing, ...rest } = production;
      expect(() => loadEnv(envOf(rest))).toThrow(`Missing environment variables for production: ${name}`);
    },
  );

  it('names every missing production variable at once', () => {
    expect(() => loadEnv(envOf({ NINEFOLD_ENV: 'production' }))).toThrow(
      'Missing environment variables for production: DATABASE_URL, AUTH_SECRET, APP_URL, DATA_ENCRYPTION_KEY',
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
    expect(loadEnv(envOf({}))).toEqual({
      mode: 'development',
      databaseUrl: undefined,
      appUrl: 'http://localhost:3000',
    });
    expect(loadEnv(envOf({ NINEFOLD_ENV: 'test', PORT: '4123' })).appUrl).toBe('http://localhost:4123');
  });
});

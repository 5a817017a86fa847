// Server environment, validated once. A missing production secret fails at start with its name.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_DATA_DIR } from '../db/client';

const ZEnv = z.object({
  NINEFOLD_ENV: z.enum(['production', 'development', 'test']).optional(),
  NODE_ENV: z.string().optional(),
  DATABASE_URL: z.url().optional(),
  AUTH_SECRET: z.string().min(32).optional(),
  /** 32 random bytes, base64 or base64url: encrypts homework answers and notes at rest. */
  DATA_ENCRYPTION_KEY: z
    .string()
    .refine((k) => Buffer.from(k, 'base64url').length === 32, 'must be 32 bytes, base64')
    .optional(),
  /** Keys rotated out, comma-separated: still read, never used for new writes. */
  DATA_ENCRYPTION_PREVIOUS_KEYS: z
    .string()
    .refine(
      (keys) => keys.split(',').every((k) => Buffer.from(k.trim(), 'base64url').length === 32),
      'each must be 32 bytes, base64',
    )
    .optional(),
  /** 32 random bytes, base64 or base64url: keys the audit chain (HMAC-SHA256); the database never holds it. */
  AUDIT_CHAIN_KEY: z
    .string()
    .refine((k) => Buffer.from(k, 'base64url').length === 32, 'must be 32 bytes, base64')
    .optional(),
  APP_URL: z.url().optional(),
  PORT: z.coerce.number().int().positive().optional(),
  /** Proxies in front of the app that append to X-Forwarded-For: 0 takes the socket's peer. */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).optional(),
  /** Set: mail goes through Resend. Unset: the local mailbox (outside production only). */
  RESEND_API_KEY: z.string().min(1).optional(),
  /** Resend's API address; tests point it at a local server that speaks the same wire format. */
  RESEND_BASE_URL: z.url().optional(),
  /** Signing secret of the Resend webhook (whsec_...). */
  RESEND_WEBHOOK_SECRET: z.string().min(1).optional(),
  /** The address mail comes from; the sender name is the practice's. */
  EMAIL_FROM_ADDRESS: z.email().optional(),
  /** in-process: this server also delivers mail; off: `npm run worker` does. */
  EMAIL_WORKER: z.enum(['in-process', 'off']).optional(),
  /** How long a worker holds a message before another may take it over (after a crash). */
  EMAIL_LEASE_SECONDS: z.coerce.number().positive().max(3600).optional(),
  /** First retry delay; each further retry doubles it. */
  EMAIL_RETRY_BASE_SECONDS: z.coerce.number().positive().max(3600).optional(),
  /** Set: billing goes to Stripe. Unset: the local Stripe stand-in (outside production only). */
  STRIPE_SECRET_KEY: z.string().min(1).optional(),
  /** Signing secret of the Stripe webhook (whsec_...); generated once into .data/ outside production. */
  STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
  /** Where the Stripe API is when STRIPE_SECRET_KEY is unset: default the app's own local stand-in. */
  STRIPE_API_URL: z.url().optional(),
  STRIPE_PRICE_SOLO: z.string().min(1).optional(),
  STRIPE_PRICE_GROUP: z.string().min(1).optional(),
});

export type AppEnv = {
  mode: 'production' | 'development' | 'test';
  databaseUrl: string | undefined;
  appUrl: string;
  trustedProxyHops: number;
  email: {
    resendApiKey: string | undefined;
    resendBaseUrl: string | undefined;
    resendWebhookSecret: string | undefined;
    fromAddress: string;
    worker: 'in-process' | 'off';
    leaseMs: number;
    retryBaseMs: number;
  };
  billing: {
    stripeSecretKey: string | undefined;
    stripeApiUrl: string | undefined;
    prices: { solo: string; group: string };
  };
};

/** Outside production a secret is generated once into .data/ so a fresh clone needs no set-up. */
function devSecret(name: string): string {
  const file = path.join(DEFAULT_DATA_DIR, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(DEFAULT_DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadEnv(source: NodeJS.ProcessEnv = process.env): AppEnv {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const names = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
    throw new Error(`Invalid environment variables: ${names}`);
  }
  const e = parsed.data;
  const mode = e.NINEFOLD_ENV ?? (e.NODE_ENV === 'production' ? 'production' : 'development');
  if (mode === 'production') {
    const missing = (
      ['DATABASE_URL', 'AUTH_SECRET', 'APP_URL', 'DATA_ENCRYPTION_KEY', 'AUDIT_CHAIN_KEY'] as const
    ).filter((k) => !e[k]);
    if (missing.length)
      throw new Error(`Missing environment variables for production: ${missing.join(', ')}`);
  }
  const embedded = !e.DATABASE_URL;
  return {
    mode,
    databaseUrl: e.DATABASE_URL,
    appUrl: (e.APP_URL ?? `http://localhost:${e.PORT ?? 3000}`).replace(/\/$/, ''),
    trustedProxyHops: e.TRUSTED_PROXY_HOPS ?? 0,
    email: {
      resendApiKey: e.RESEND_API_KEY,
      resendBaseUrl: e.RESEND_BASE_URL,
      resendWebhookSecret: e.RESEND_WEBHOOK_SECRET,
      fromAddress: e.EMAIL_FROM_ADDRESS ?? 'nudges@ninefold.local',
      // One process owns an embedded database, so it delivers its own mail; so does `npm run dev`.
      worker: e.EMAIL_WORKER ?? (embedded || mode !== 'production' ? 'in-process' : 'off'),
      leaseMs: (e.EMAIL_LEASE_SECONDS ?? 60) * 1000,
      retryBaseMs: (e.EMAIL_RETRY_BASE_SECONDS ?? 30) * 1000,
    },
    billing: {
      stripeSecretKey: e.STRIPE_SECRET_KEY,
      stripeApiUrl: e.STRIPE_API_URL,
      // The local stand-in knows these two prices; with real Stripe set both variables.
      prices: {
        solo: e.STRIPE_PRICE_SOLO ?? 'price_local_solo',
        group: e.STRIPE_PRICE_GROUP ?? 'price_local_group',
      },
    },
  };
}

let cached: AppEnv | undefined;
export function env(): AppEnv {
  cached ??= loadEnv();
  return cached;
}

/** Read on first use only, so code that never signs anyone in (tests, scripts) writes nothing. */
export function authSecret(source: NodeJS.ProcessEnv = process.env): string {
  env();
  return source.AUTH_SECRET ?? devSecret('auth-secret');
}

let cachedKeyring: { current: Buffer; previous: Buffer[] } | undefined;
export function dataKeyring(source: NodeJS.ProcessEnv = process.env) {
  env();
  cachedKeyring ??= {
    current: Buffer.from(source.DATA_ENCRYPTION_KEY ?? devSecret('data-key'), 'base64url'),
    previous: (source.DATA_ENCRYPTION_PREVIOUS_KEYS ?? '')
      .split(',')
      .filter((k) => k.trim())
      .map((k) => Buffer.from(k.trim(), 'base64url')),
  };
  return cachedKeyring;
}

let cachedAuditKey: Buffer | undefined;
/** The audit chain's HMAC key: from the environment, or generated once into .data/ outside production. */
export function auditChainKey(source: NodeJS.ProcessEnv = process.env): Buffer {
  env();
  cachedAuditKey ??= Buffer.from(source.AUDIT_CHAIN_KEY ?? devSecret('audit-chain-key'), 'base64url');
  return cachedAuditKey;
}

/** The Stripe webhook's signing secret: from the environment, or generated once outside production. */
export function stripeWebhookSecret(source: NodeJS.ProcessEnv = process.env): string {
  if (env().mode === 'production' && !source.STRIPE_WEBHOOK_SECRET)
    throw new Error('Missing environment variable for billing: STRIPE_WEBHOOK_SECRET');
  return source.STRIPE_WEBHOOK_SECRET ?? `whsec_${devSecret('stripe-webhook-secret')}`;
}

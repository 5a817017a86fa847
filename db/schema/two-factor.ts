// Two-factor sign-in for staff: each person's authenticator (RFC 6238 TOTP) and recovery codes.
// Global like the other sign-in tables: the app role has no grant on them (it asks only whether
// the signed-in user has two-factor on, through app_two_factor_enabled()); the auth layer reads
// and writes them on the system connection.
import { bigint, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './identity';

export const userTwoFactor = pgTable('user_two_factor', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** The confirmed authenticator's secret, encrypted and bound to the user (server/crypto). */
  secretCiphertext: text('secret_ciphertext'),
  /** Set when a code from the authenticator first confirmed it; null while only a setup is pending. */
  enabledAt: timestamp('enabled_at', { withTimezone: true }),
  /** RFC 6238 time step of the last accepted code: codes of that step or earlier are refused (replay). */
  lastUsedStep: bigint('last_used_step', { mode: 'number' }),
  /** A new authenticator being set up (first one, or a replacement) until one of its codes confirms it. */
  pendingSecretCiphertext: text('pending_secret_ciphertext'),
  pendingCreatedAt: timestamp('pending_created_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Single-use recovery codes, stored as hashes only; a new set replaces the old one. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // Leads with user_id, so it also serves every per-user look-up (count left, delete all).
  (t) => [uniqueIndex('recovery_codes_user_hash_idx').on(t.userId, t.codeHash)],
);

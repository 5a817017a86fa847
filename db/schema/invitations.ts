import { foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { partners } from './couples';
import { membershipRole } from './enums';
import { memberships, practices } from './practices';

export const invitations = pgTable(
  'invitations',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    email: text('email').notNull(),
    role: membershipRole('role').notNull(),
    partnerId: uuid('partner_id'),
    invitedById: uuid('invited_by_id').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({
      name: 'invitations_partner_fk',
      columns: [t.practiceId, t.partnerId],
      foreignColumns: [partners.practiceId, partners.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'invitations_invited_by_fk',
      columns: [t.practiceId, t.invitedById],
      foreignColumns: [memberships.practiceId, memberships.id],
    }),
    index('invitations_practice_email_idx').on(t.practiceId, t.email),
  ],
);

// Builds practices straight into the database (system connection) for tests that are not about
// how the data got there. Each call makes its own uniquely named people.
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/client';
import {
  couples,
  type MembershipRole,
  memberships,
  partners,
  practices,
  type SessionKind,
  users,
} from '../db/schema';
import type { Context } from '../server/trpc/context';
import { createCaller } from '../server/trpc/root';

const uid = () => randomBytes(4).toString('hex');

export async function makeUser(db: Db, name: string, passwordHash: string | null = null) {
  const [user] = await db
    .insert(users)
    .values({ email: `${name.toLowerCase().replace(/\W+/g, '.')}.${uid()}@example.test`, name, passwordHash })
    .returning();
  if (!user) throw new Error('no user');
  return user;
}

export async function makeMember(
  db: Db,
  practiceId: string,
  role: MembershipRole,
  name = `${role} ${uid()}`,
) {
  const user = await makeUser(db, name);
  const [membership] = await db.insert(memberships).values({ practiceId, userId: user.id, role }).returning();
  if (!membership) throw new Error('no membership');
  return { user, membership };
}

export async function makeCouple(db: Db, practiceId: string, counselorId: string) {
  const [couple] = await db.insert(couples).values({ practiceId, counselorId }).returning();
  if (!couple) throw new Error('no couple');
  const people = [];
  for (const [index, first] of ['Alex', 'Sam'].entries()) {
    const { user, membership } = await makeMember(db, practiceId, 'client', `${first} ${uid()}`);
    const [partner] = await db
      .insert(partners)
      .values({
        practiceId,
        coupleId: couple.id,
        position: index + 1,
        userId: user.id,
        displayName: user.name,
        email: user.email,
      })
      .returning();
    if (!partner) throw new Error('no partner');
    people.push({ user, membership, partner });
  }
  return { couple, partners: people as [(typeof people)[number], (typeof people)[number]] };
}

/** A practice with an owner, an admin, two counselors and two couples on the first counselor's caseload. */
export async function makePractice(db: Db, name = `Practice ${uid()}`) {
  const [practice] = await db.insert(practices).values({ name }).returning();
  if (!practice) throw new Error('no practice');
  const owner = await makeMember(db, practice.id, 'owner');
  const admin = await makeMember(db, practice.id, 'admin');
  const counselor = await makeMember(db, practice.id, 'counselor');
  const otherCounselor = await makeMember(db, practice.id, 'counselor');
  const couple = await makeCouple(db, practice.id, counselor.membership.id);
  const secondCouple = await makeCouple(db, practice.id, counselor.membership.id);
  const otherCouple = await makeCouple(db, practice.id, otherCounselor.membership.id);
  return { practice, owner, admin, counselor, otherCounselor, couple, secondCouple, otherCouple };
}

export type TestPractice = Awaited<ReturnType<typeof makePractice>>;

export function contextFor(
  db: Db,
  userId: string | null,
  practiceId: string | null,
  kind: SessionKind = 'staff',
): Context {
  return {
    db,
    session: userId ? { sessionId: '00000000-0000-4000-8000-000000000000', userId, kind } : null,
    unverifiedPracticeId: practiceId,
    meta: { ip: '127.0.0.1', userAgent: 'vitest' },
  };
}

export function callerFor(
  db: Db,
  userId: string | null,
  practiceId: string | null,
  kind: SessionKind = 'staff',
) {
  return createCaller(contextFor(db, userId, practiceId, kind));
}

// Demo data for a fresh machine. Idempotent: a practice that already exists is left alone.
import { TZDate } from '@date-fns/tz';
import { eq, inArray } from 'drizzle-orm';
import type { Db, DbOrTx } from './client';
import { DEMO_PASSWORD, DEMO_PRACTICES, type DemoPractice, demoClientEmail } from './demo-data';
import {
  assignments,
  counselingSessions,
  couples,
  exercises,
  memberships,
  partners,
  practices,
  users,
} from './schema';
import { type SealMeasureAnswers, seedDemoMeasures } from './seed-measures';

type SeedDeps = {
  hashPassword: (password: string) => Promise<string>;
  sealMeasureAnswers: SealMeasureAnswers;
  /** Rebuilds a practice's derived measure alerts from its answers (the app's own recompute). */
  refreshMeasureAlerts: (tx: DbOrTx, practiceId: string, couples: 'all') => Promise<void>;
};

export async function seedDemo(db: Db, deps: SeedDeps): Promise<{ created: string[] }> {
  const created: string[] = [];
  const passwordHash = await deps.hashPassword(DEMO_PASSWORD);
  for (const practice of DEMO_PRACTICES) {
    const [existing] = await db
      .select({ id: practices.id })
      .from(practices)
      .where(eq(practices.name, practice.name));
    if (existing) continue;
    await db.transaction(async (tx) => {
      const practiceId = await seedPractice(tx, practice, passwordHash, deps.sealMeasureAnswers);
      await deps.refreshMeasureAlerts(tx, practiceId, 'all');
    });
    created.push(practice.name);
  }
  return { created };
}

async function findOrCreateUser(db: DbOrTx, email: string, name: string, passwordHash: string | null) {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (existing) return existing.id;
  const [user] = await db.insert(users).values({ email, name, passwordHash }).returning({ id: users.id });
  if (!user) throw new Error('user insert returned nothing');
  return user.id;
}

async function seedPractice(
  db: DbOrTx,
  demo: DemoPractice,
  passwordHash: string,
  seal: SealMeasureAnswers,
): Promise<string> {
  const [practice] = await db
    .insert(practices)
    .values({ name: demo.name, officeAddress: demo.office })
    .returning({ id: practices.id, timeZone: practices.timeZone });
  if (!practice) throw new Error('practice insert returned nothing');
  const staffMembership = new Map<string, string>();
  for (const person of demo.staff) {
    const userId = await findOrCreateUser(db, person.email, person.name, passwordHash);
    const [m] = await db
      .insert(memberships)
      .values({ practiceId: practice.id, userId, role: person.role })
      .returning({ id: memberships.id });
    if (m) staffMembership.set(person.email, m.id);
  }
  for (const [coupleIndex, demoCouple] of demo.couples.entries()) {
    const counselorId = staffMembership.get(demoCouple.counselorEmail);
    if (!counselorId)
      throw new Error(`demo counselor ${demoCouple.counselorEmail} is not on ${demo.name}'s staff`);
    const [couple] = await db
      .insert(couples)
      .values({ practiceId: practice.id, counselorId })
      .returning({ id: couples.id });
    if (!couple) throw new Error('couple insert returned nothing');
    const partnerIds: string[] = [];
    for (const [index, name] of demoCouple.partners.entries()) {
      const email = demoClientEmail(name);
      const userId = await findOrCreateUser(db, email, name, null);
      await db.insert(memberships).values({ practiceId: practice.id, userId, role: 'client' });
      const [partner] = await db
        .insert(partners)
        .values({
          practiceId: practice.id,
          coupleId: couple.id,
          position: index + 1,
          userId,
          displayName: name,
          email,
        })
        .returning({ id: partners.id });
      if (partner) partnerIds.push(partner.id);
    }
    await assignDemoHomework(db, practice.id, couple.id, counselorId);
    const attendedSession = await bookDemoSessions(db, {
      practiceId: practice.id,
      coupleId: couple.id,
      counselorId,
      // One hour apart, so no counselor is booked twice at once.
      hour: 9 + coupleIndex,
      timeZone: practice.timeZone,
    });
    const [first, second] = partnerIds;
    if (first && second)
      await seedDemoMeasures(
        db,
        {
          practiceId: practice.id,
          coupleId: couple.id,
          counselorId,
          partnerIds: [first, second],
          attendedSession,
        },
        seal,
      );
  }
  return practice.id;
}

/** A day `days` from today on the practice's calendar, at `hour` o'clock there. */
function practiceHour(timeZone: string, days: number, hour: number): Date {
  const today = new TZDate(Date.now(), timeZone);
  return new Date(
    new TZDate(today.getFullYear(), today.getMonth(), today.getDate() + days, hour, 0, timeZone).getTime(),
  );
}

/** Every demo couple came to a session last week and has the next one in two days, by video; the one last week. */
async function bookDemoSessions(
  db: DbOrTx,
  demo: {
    practiceId: string;
    coupleId: string;
    counselorId: string;
    hour: number;
    timeZone: string;
  },
) {
  const common = {
    practiceId: demo.practiceId,
    coupleId: demo.coupleId,
    counselorId: demo.counselorId,
    createdById: demo.counselorId,
    durationMinutes: 50,
  };
  const [attended] = await db
    .insert(counselingSessions)
    .values([
      {
        ...common,
        startsAt: practiceHour(demo.timeZone, -6, demo.hour),
        format: 'in-person',
        location: '',
        status: 'attended',
      },
      {
        ...common,
        startsAt: practiceHour(demo.timeZone, 2, demo.hour),
        format: 'video',
        location: `https://meet.example.com/ninefold-${demo.coupleId.slice(0, 8)}`,
      },
    ])
    .returning({ id: counselingSessions.id, startsAt: counselingSessions.startsAt });
  if (!attended) throw new Error('session insert returned nothing');
  return attended;
}

/** Every demo couple starts with this week's homework: a joint reveal and a check-in. */
const DEMO_HOMEWORK_KEYS = ['compassion.what-comforts-me', 'attentive-listening.listening-check-in'];

async function assignDemoHomework(db: DbOrTx, practiceId: string, coupleId: string, counselorId: string) {
  const library = await db.select().from(exercises).where(inArray(exercises.key, DEMO_HOMEWORK_KEYS));
  const dueOn = new Date(Date.now() + 6 * 24 * 3600_000).toISOString().slice(0, 10);
  if (library.length === 0) return;
  await db.insert(assignments).values(
    library.map((exercise) => ({
      practiceId,
      coupleId,
      assignedById: counselorId,
      exerciseId: exercise.id,
      behavior: exercise.behavior,
      kind: exercise.kind,
      title: exercise.title,
      content: exercise.content,
      dueOn,
    })),
  );
}

// How long each form that takes an email address takes, per kind of address: a new or unknown
// one, a staff member's, a client's. The answers are the same (tests check that); this measures the
// time: the work itself (`signUp`, `magicLink`, `passwordSignIn`), and the answer as the page gets it,
// held to the form's floor (`...Answer`, server/auth/steady-timing.ts). Each round runs every case once, in a shuffled order, in a fresh
// rate-limit window, so machine noise falls on all cases alike. On DATABASE_URL's server when set
// (a fresh database, dropped afterwards), otherwise on an in-memory PGlite. Ends with one JSON line.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import postgres from 'postgres';
import { connectPglite, connectPostgres, type DbHandle } from '../db/client';
import { migrate } from '../db/migrate';
import { users } from '../db/schema';
import { requestMagicLink } from '../server/auth/magic-link';
import { hashPassword } from '../server/auth/password';
import { ANSWER_FLOOR_MS, answerNoSoonerThan } from '../server/auth/steady-timing';
import { verifyCredentials } from '../server/auth/verify-credentials';
import { ZCreatePracticeInput } from '../server/services/practices/create-practice';
import { requestSignUp } from '../server/services/practices/request-sign-up';
import { makePractice } from '../test/factories';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);

async function openDatabase(): Promise<{ handle: DbHandle; drop: () => Promise<void> }> {
  const server = process.env.DATABASE_URL;
  if (!server) {
    const handle = await connectPglite();
    await migrate(handle);
    return { handle, drop: () => handle.close() };
  }
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  const name = `nf_auth_bench_${randomBytes(4).toString('hex')}`;
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const handle = connectPostgres(url.toString(), { max: 10 });
  await migrate(handle);
  return {
    handle,
    drop: async () => {
      await handle.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))] ?? 0;
};
const round2 = (x: number) => Math.round(x * 100) / 100;

async function main() {
  const { handle, drop } = await openDatabase();
  const db = handle.db;
  const p = await makePractice(db);
  await db
    .update(users)
    .set({ passwordHash: await hashPassword('the owner own password') })
    .where(eq(users.id, p.owner.user.id));
  const staff = p.owner.user.email;
  const client = p.couple.partners[0].user.email;
  const unknown = () => `nobody.${randomBytes(4).toString('hex')}@example.test`;
  let octet = 0;
  const meta = () => ({ ip: `10.9.${Math.floor(++octet / 250)}.${octet % 250}`, userAgent: 'bench' });
  const form = (email: string) =>
    ZCreatePracticeInput.parse({
      practiceName: 'Bench',
      name: 'Bench',
      email,
      password: 'correct horse battery',
    });

  const cases: Record<string, Record<string, (now: Date) => Promise<unknown>>> = {
    signUp: {
      new: (now) => requestSignUp(db, form(unknown()), meta(), now),
      staff: (now) => requestSignUp(db, form(staff), meta(), now),
      client: (now) => requestSignUp(db, form(client), meta(), now),
    },
    magicLink: {
      unknown: (now) => requestMagicLink(db, unknown(), meta(), now),
      staff: (now) => requestMagicLink(db, staff, meta(), now),
      client: (now) => requestMagicLink(db, client, meta(), now),
    },
    signUpAnswer: {
      new: (now) =>
        answerNoSoonerThan(ANSWER_FLOOR_MS.signUp, () => requestSignUp(db, form(unknown()), meta(), now)),
      staff: (now) =>
        answerNoSoonerThan(ANSWER_FLOOR_MS.signUp, () => requestSignUp(db, form(staff), meta(), now)),
      client: (now) =>
        answerNoSoonerThan(ANSWER_FLOOR_MS.signUp, () => requestSignUp(db, form(client), meta(), now)),
    },
    magicLinkAnswer: {
      unknown: (now) =>
        answerNoSoonerThan(ANSWER_FLOOR_MS.signInLink, () => requestMagicLink(db, unknown(), meta(), now)),
      staff: (now) =>
        answerNoSoonerThan(ANSWER_FLOOR_MS.signInLink, () => requestMagicLink(db, staff, meta(), now)),
      client: (now) =>
        answerNoSoonerThan(ANSWER_FLOOR_MS.signInLink, () => requestMagicLink(db, client, meta(), now)),
    },
    passwordSignIn: {
      unknown: (now) => verifyCredentials(db, unknown(), 'a wrong password', meta(), now),
      staff: (now) => verifyCredentials(db, staff, 'a wrong password', meta(), now),
      client: (now) => verifyCredentials(db, client, 'a wrong password', meta(), now),
    },
  };
  const timings: Record<string, Record<string, number[]>> = {};
  const all = Object.entries(cases).flatMap(([formName, byKind]) =>
    Object.entries(byKind).map(([kind, run]) => ({ formName, kind, run })),
  );
  // A first pass warms the code paths and the prepared statements.
  for (const c of all) await c.run(new Date(Date.UTC(2030, 0, 1)));
  for (let round = 0; round < ROUNDS; round++) {
    const now = new Date(Date.UTC(2030, 0, 2) + round * 3600_000);
    const order = [...all].sort(() => Math.random() - 0.5);
    for (const { formName, kind, run } of order) {
      const began = performance.now();
      const answer = await run(now);
      const ms = performance.now() - began;
      if (answer === 'rate-limited') throw new Error(`${formName} ${kind} was rate-limited`);
      const byKind = timings[formName] ?? {};
      byKind[kind] = [...(byKind[kind] ?? []), ms];
      timings[formName] = byKind;
    }
  }
  await drop();
  const result: Record<string, Record<string, number>> = {};
  for (const [formName, byKind] of Object.entries(timings)) {
    const medians = Object.fromEntries(
      Object.entries(byKind).map(([k, xs]) => [k, round2(quantile(xs, 0.5))]),
    );
    const slowest = round2(Math.max(...Object.values(byKind).flat()));
    const p90 = round2(quantile(Object.values(byKind).flat(), 0.9));
    const values = Object.values(medians);
    const spread = (Math.max(...values) - Math.min(...values)) / Math.min(...values);
    result[formName] = { ...medians, spread: round2(spread), p90, slowest };
    console.log(
      `${formName}: median ms ${JSON.stringify(medians)}, spread ${Math.round(spread * 100)}%, p90 ${p90}, slowest ${slowest}`,
    );
  }
  console.log(JSON.stringify({ database: handle.driver, rounds: ROUNDS, ...result }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

// Dashboard throughput (DESIGN.md section 5), measured side by side in one run at 32 connections:
// the caseload dashboard's tRPC call through the production server (`npm start`) against a bare
// node:http + postgres.js server running the same statement under the same tenant settings. Also
// the dashboard's p50 with 100 couples in the database against 100,000, and the statements one
// call issues in each. Rounds alternate between the servers so that other load on the machine
// falls on all of them alike.
//
// Needs DATABASE_URL (a superuser or BYPASSRLS role: seeding writes past forced RLS). The database
// named there is created and seeded when missing (about 100 practices, 100,000 couples, over
// 1,000,000 homework rows) and reused by later runs; `<name>_small` holds the 100-couple one.
// Ends with one JSON line; exits non-zero when a target is missed.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { connectPostgres } from '../db/client';
import { APP_ROLE } from '../db/tenant';
import { LARGE, prepareBenchDb, SMALL, siblingUrl } from './dashboard/bench-db';
import { benchRequestPath, dashboardStatement, rowCountOf } from './dashboard/dashboard-call';
import { type LoadTarget, type Round, runRound, summarize } from './dashboard/load';
import type { RawServerConfig, RawTarget } from './dashboard/raw-config';
import {
  cpuMs,
  hasProductionBuild,
  type Running,
  runBuild,
  startNext,
  startRawServer,
  stop,
  waitUntilUp,
} from './dashboard/servers';
import { signInStaff } from './dashboard/staff-session';
import { countDashboardStatements } from './dashboard/statement-count';

const CONNECTIONS = 32;
const POOL_SIZE = 10; // as db/client.ts
const WARMUP_SECONDS = 5;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const ROUND_SECONDS = Number(process.env.BENCH_ROUND_SECONDS ?? 5);
const PORTS = { app: 3400, appSmall: 3401, raw: 3410 };
/** Counselors in the request mix: the first counselor of these practices (1-based). */
const MIX_PRACTICES = [1, 14, 27, 40, 53, 66, 79, 92];
const TARGETS = { ratio: 0.5, p99: 1.5, p50Growth: 1.3 };

type Counselor = { practiceId: string; userId: string; membershipId: string };

const log = (line: string) => console.log(line);

async function findCounselors(url: string, emails: string[]): Promise<Counselor[]> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<(Counselor & { email: string })[]>`
      select m.practice_id as "practiceId", m.user_id as "userId", m.id as "membershipId", u.email
      from memberships m join users u on u.id = m.user_id
      where u.email in ${sql(emails)} and m.role = 'counselor'`;
    return emails.map((email) => {
      const found = rows.find((r) => r.email === email);
      if (!found) throw new Error(`bench counselor ${email} is missing from the seeded database`);
      return { practiceId: found.practiceId, userId: found.userId, membershipId: found.membershipId };
    });
  } finally {
    await sql.end();
  }
}

/** Signs each counselor in and checks that the app answers their dashboard with rows. */
async function appTargets(
  url: string,
  baseUrl: string,
  counselors: Counselor[],
  authSecret: string,
): Promise<LoadTarget[]> {
  const handle = connectPostgres(url, { max: 1 });
  try {
    const targets: LoadTarget[] = [];
    for (const c of counselors) {
      const { cookie } = await signInStaff(handle.db, c.userId, authSecret);
      const target = { path: benchRequestPath(), headers: { cookie, 'x-practice-id': c.practiceId } };
      const response = await fetch(baseUrl + target.path, { headers: target.headers });
      const text = await response.text();
      if (response.status !== 200)
        throw new Error(`the dashboard call answered ${response.status}, not 200: ${text.slice(0, 500)}`);
      const rows = rowCountOf(JSON.parse(text));
      if (rows === 0) throw new Error(`the dashboard call for practice ${c.practiceId} returned no couples`);
      targets.push(target);
    }
    return targets;
  } finally {
    await handle.close();
  }
}

function rawTargets(counselors: Counselor[]): RawTarget[] {
  return counselors.map((c) => ({
    practiceId: c.practiceId,
    userId: c.userId,
    ...dashboardStatement(c),
  }));
}

async function checkRaw(baseUrl: string, count: number): Promise<LoadTarget[]> {
  const targets: LoadTarget[] = [];
  for (let i = 0; i < count; i++) {
    const target = { path: `/caseload?i=${i}`, headers: {} };
    const response = await fetch(baseUrl + target.path);
    if (response.status !== 200) throw new Error(`the raw server answered ${response.status}`);
    const rows = (await response.json()) as unknown[];
    if (rows.length === 0) throw new Error('the raw server returned no couples');
    targets.push(target);
  }
  return targets;
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    log(
      'DATABASE_URL is not set: skipping the dashboard throughput bench. It needs a PostgreSQL server, e.g. ' +
        'DATABASE_URL=postgres://postgres@127.0.0.1:5432/ninefold_bench npm run bench:dashboard',
    );
    return;
  }
  const smallUrl = siblingUrl(url, `${decodeURIComponent(new URL(url).pathname.slice(1))}_small`);

  for (const [label, dbUrl, shape] of [
    ['large', url, LARGE],
    ['small', smallUrl, SMALL],
  ] as const) {
    log(`Preparing the ${label} database…`);
    const prepared = await prepareBenchDb(dbUrl, shape, log);
    const c = prepared.counts;
    log(
      `${label}: ${prepared.seededNow ? `seeded in ${prepared.seconds.toFixed(1)} s` : 'reused an earlier seed'}: ` +
        `${c.practices} practices, ${c.couples} couples, ${c.assignments} assignments + ${c.responses} responses ` +
        `(${c.assignments + c.responses} homework rows), ${c.sessions} sessions, ${c.notes} notes`,
    );
  }

  if (!hasProductionBuild()) {
    log('No production build (.next/BUILD_ID): running npm run build…');
    await runBuild();
  }

  const large = await findCounselors(
    url,
    MIX_PRACTICES.map((p) => `staff-${p}-1@bench.example`),
  );
  const small = await findCounselors(smallUrl, ['staff-1-1@bench.example']);

  const statementsLarge = await countDashboardStatements(url, large[0]!);
  const statementsSmall = await countDashboardStatements(smallUrl, small[0]!);
  log(`Statements per dashboard call: ${statementsSmall} with 100 couples, ${statementsLarge} with 100,000`);

  const authSecret = randomBytes(32).toString('base64url');
  const serverEnv = (port: number, databaseUrl: string) => ({
    NODE_ENV: 'production',
    NINEFOLD_ENV: 'production',
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: authSecret,
    APP_URL: `http://localhost:${port}`,
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64url'),
    AUDIT_CHAIN_KEY: randomBytes(32).toString('base64url'),
  });
  const workDir = mkdtempSync(path.join(tmpdir(), 'ninefold-bench-'));
  const running: Running[] = [];
  try {
    const rawConfig: RawServerConfig = {
      databaseUrl: url,
      port: PORTS.raw,
      poolSize: POOL_SIZE,
      appRole: APP_ROLE,
      targets: rawTargets(large),
    };
    const configFile = path.join(workDir, 'raw-server.json');
    writeFileSync(configFile, JSON.stringify(rawConfig));
    const raw = startRawServer(configFile);
    const app = startNext(PORTS.app, serverEnv(PORTS.app, url));
    const appSmall = startNext(PORTS.appSmall, serverEnv(PORTS.appSmall, smallUrl));
    running.push(raw, app, appSmall);
    const base = {
      raw: `http://127.0.0.1:${PORTS.raw}`,
      app: `http://127.0.0.1:${PORTS.app}`,
      appSmall: `http://127.0.0.1:${PORTS.appSmall}`,
    };
    await waitUntilUp(raw, `${base.raw}/`);
    await waitUntilUp(app, `${base.app}/sign-in`);
    await waitUntilUp(appSmall, `${base.appSmall}/sign-in`);

    const makeSide = (server: Running, baseUrl: string, targets: LoadTarget[]) => ({
      server,
      base: baseUrl,
      targets,
      rounds: [] as Round[],
      cpuMs: 0,
    });
    const sides = {
      raw: makeSide(raw, base.raw, await checkRaw(base.raw, large.length)),
      trpc: makeSide(app, base.app, await appTargets(url, base.app, large, authSecret)),
      small: makeSide(appSmall, base.appSmall, await appTargets(smallUrl, base.appSmall, small, authSecret)),
    };
    log(`Warming up (${WARMUP_SECONDS} s each)…`);
    for (const s of Object.values(sides))
      await runRound(s.base, s.targets, { connections: CONNECTIONS, seconds: WARMUP_SECONDS });
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [name, side] of Object.entries(sides)) {
        const cpuBefore = cpuMs(side.server);
        const r = await runRound(side.base, side.targets, {
          connections: CONNECTIONS,
          seconds: ROUND_SECONDS,
        });
        const cpuAfter = cpuMs(side.server);
        if (cpuBefore !== null && cpuAfter !== null) side.cpuMs += cpuAfter - cpuBefore;
        side.rounds.push(r);
        log(
          `  round ${round} ${name}: ${(r.requests / r.seconds).toFixed(0)} req/s${r.errors ? `, ${r.errors} errors` : ''}`,
        );
      }
    }
    const raw_ = summarize(sides.raw.rounds);
    const trpc = summarize(sides.trpc.rounds);
    const smallSummary = summarize(sides.small.rounds);
    for (const [name, s] of Object.entries({ raw: raw_, trpc, small: smallSummary })) {
      if (s.errors > 0) throw new Error(`${name}: ${s.errors} requests failed during the measurement`);
    }
    const round2 = (n: number) => Math.round(n * 100) / 100;
    const result = {
      trpc_rps: Math.round(trpc.rps),
      raw_rps: Math.round(raw_.rps),
      ratio: round2(trpc.rps / raw_.rps),
      trpc_p99_ms: round2(trpc.p99Ms),
      raw_p99_ms: round2(raw_.p99Ms),
      statements_small: statementsSmall,
      statements_large: statementsLarge,
      trpc_p50_ms_large: round2(trpc.p50Ms),
      trpc_p50_ms_small: round2(smallSummary.p50Ms),
      p50_growth: round2(trpc.p50Ms / smallSummary.p50Ms),
    };
    // Where the time goes: the server process's own CPU per answered request (Postgres not included).
    const perRequest = (cpu: number, summary: { requests: number }) => round2(cpu / summary.requests);
    log(
      `Server process CPU per request: tRPC ${perRequest(sides.trpc.cpuMs, trpc)} ms, raw ${perRequest(sides.raw.cpuMs, raw_)} ms`,
    );
    const missed = [
      result.ratio < TARGETS.ratio && `ratio ${result.ratio} < ${TARGETS.ratio}`,
      result.trpc_p99_ms > TARGETS.p99 * result.raw_p99_ms && `p99 above ${TARGETS.p99}x raw`,
      statementsSmall !== statementsLarge && 'statement counts differ',
      result.p50_growth > TARGETS.p50Growth && `p50 grew ${result.p50_growth}x > ${TARGETS.p50Growth}x`,
    ].filter(Boolean);
    log(missed.length ? `Targets missed: ${missed.join('; ')}` : 'All dashboard targets met.');
    if (missed.length) process.exitCode = 1;
    log(JSON.stringify(result));
  } finally {
    for (const r of running) await stop(r);
    rmSync(workDir, { recursive: true, force: true });
  }
}

await main();

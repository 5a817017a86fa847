// Delivery under failure: a transport that fails at random (server errors, rate limits, answers
// lost after the message went out) while workers are killed and restarted at random points. Every
// message must reach the transport exactly once, counted there. The in-process run kills workers by
// cutting them off mid-step (both databases); the process run SIGKILLs real `npm run worker`
// processes (Postgres, where separate processes can share the database).
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { resendTransport } from '@/server/email/transports/resend-transport';
import type { EmailTransport } from '@/server/email/transports/transport';
import { type FakeResend, startFakeResend } from '@/test/fake-resend/fake-resend';
import { seededRandom } from '@/test/fake-resend/seeded-random';
import { deliveryReport, sendsBeyondBound } from '@/test/fault-injection/delivery-report';
import { enqueueMessageBurst } from '@/test/fault-injection/message-burst';
import { pause, pendingCount, waitUntilSettled } from '@/test/fault-injection/wait-until-settled';
import { createTestDb } from '@/test/test-db';
import { SEND_CONCURRENCY } from '../delivery/deliver-due-emails';
import { startEmailWorker } from '../email-worker';

const MESSAGES = 240;
const FAULTS = { serverError: 0.15, rateLimit: 0.1, responseLost: 0.15 };
const SEED = Number(process.env.FAULT_SEED ?? 20261125);
const IN_PROCESS_KILLS = 20;
const PROCESS_KILLS = 6;

/** `count` distinct message counts between 1 and `upTo`, drawn from the run's seeded random. */
function randomKillPoints(random: () => number, count: number, upTo: number): Set<number> {
  const points = new Set<number>();
  while (points.size < count) points.add(1 + Math.floor(random() * upTo));
  return points;
}

let t: DbHandle & { url?: string };
let fake: FakeResend;

beforeAll(async () => {
  t = await createTestDb({ poolSize: 8 });
});
afterAll(async () => {
  await fake?.stop();
  await t?.close();
});

describe('delivery under random transport failures and worker crashes', () => {
  it(`delivers ${MESSAGES} messages exactly once while in-process workers are killed at random`, async () => {
    const random = seededRandom(SEED);
    // Kills happen at random points of the run, counted in messages the transport has taken, not
    // in time, so a fast machine sees as many crashes as a slow one: each one cuts a worker off
    // while its send is in flight, between sending and recording.
    const killPoints = randomKillPoints(random, IN_PROCESS_KILLS, MESSAGES - 40);
    let killOne = () => {};
    let sendsSeen = 0;
    fake = await startFakeResend({
      seed: SEED,
      faults: FAULTS,
      beforeDeliver: () => {
        sendsSeen++;
        if (killPoints.has(sendsSeen)) killOne();
      },
    });
    const keys = await enqueueMessageBurst(t.db, MESSAGES, 'in-process');
    // A send gives up before its lease ends, so no other worker takes a message still being sent.
    const transport = resendTransport({ apiKey: fake.apiKey, baseUrl: fake.url, timeoutMs: 1_000 });
    // Each worker's sends in flight, so a kill is charged to exactly the keys it cut off.
    const killsOf = new Map<string, number>();
    const start = () => {
      const kill = new AbortController();
      const inFlight = new Set<string>();
      const tracked: EmailTransport = {
        ...transport,
        async send(message) {
          inFlight.add(message.idempotencyKey);
          try {
            return await transport.send(message);
          } finally {
            inFlight.delete(message.idempotencyKey);
          }
        },
      };
      kill.signal.addEventListener('abort', () => {
        for (const key of inFlight) killsOf.set(key, (killsOf.get(key) ?? 0) + 1);
      });
      const worker = startEmailWorker(t.db, {
        transport: tracked,
        fromAddress: 'nudges@ninefold.test',
        pollMs: 10,
        batchSize: 8,
        leaseMs: 1_500,
        retryBaseMs: 10,
        killSignal: kill.signal,
      });
      return { worker, kill };
    };
    const began = Date.now();
    const workers = [start(), start()];
    let kills = 0;
    killOne = () => {
      const [victim] = workers.splice(Math.floor(random() * workers.length), 1);
      victim?.kill.abort();
      kills++;
      workers.push(start());
    };
    await waitUntilSettled(t.db, keys, 90_000);
    await Promise.all(workers.map((w) => w.worker.stop()));
    const report = await deliveryReport(t.db, fake, keys, Date.now() - began);
    console.info(`[fault-injection in-process] ${JSON.stringify({ kills, ...report })}`);

    expect(report).toMatchObject({ delivered: MESSAGES, duplicated: 0, lost: 0, outboxSent: MESSAGES });
    // Before the provider removes repeats: no key was sent more often than its refusals, lost
    // answers and the kills that cut its sends off explain.
    expect(sendsBeyondBound(fake, keys, (key) => killsOf.get(key) ?? 0)).toEqual([]);
    // The run did hit what it set out to: crashes mid-send, lost answers and errors.
    expect(kills).toBe(IN_PROCESS_KILLS);
    expect([...killsOf.values()].length).toBeGreaterThan(0);
    expect(report.responsesLost).toBeGreaterThan(0);
    expect(report.serverErrors + report.rateLimited).toBeGreaterThan(0);
    await fake.stop();
  }, 120_000);

  it.runIf(Boolean(process.env.DATABASE_URL))(
    `delivers ${MESSAGES} messages exactly once while worker processes are SIGKILLed at random`,
    async () => {
      if (!t.url) throw new Error('the Postgres test database has no URL');
      const random = seededRandom(SEED + 1);
      fake = await startFakeResend({ seed: SEED + 1, faults: FAULTS });
      const keys = await enqueueMessageBurst(t.db, MESSAGES, 'processes');
      const workerEnv = {
        ...process.env,
        DATABASE_URL: t.url,
        NINEFOLD_ENV: 'test',
        RESEND_API_KEY: fake.apiKey,
        RESEND_BASE_URL: fake.url,
        EMAIL_FROM_ADDRESS: 'nudges@ninefold.test',
        EMAIL_LEASE_SECONDS: '2',
        EMAIL_RETRY_BASE_SECONDS: '0.05',
      };
      // Node itself with tsx as a loader: SIGKILL then reaches the worker, not a wrapper process.
      const start = () =>
        spawn(process.execPath, ['--import', 'tsx', path.join('server', 'jobs', 'worker-cli.ts')], {
          env: workerEnv,
          stdio: ['ignore', 'ignore', 'inherit'],
        });
      const began = Date.now();
      const workers: ChildProcess[] = [start(), start()];
      let kills = 0;
      // As above, kill points are counted in messages delivered; a process is SIGKILLed when the
      // count passes each one, wherever it stands in its loop.
      const killPoints = [...randomKillPoints(random, PROCESS_KILLS, MESSAGES - 40)].sort((x, y) => x - y);
      const deadline = Date.now() + 120_000;
      try {
        while ((await pendingCount(t.db, keys)) > 0) {
          if (Date.now() > deadline) throw new Error('messages still pending after 120 s');
          await pause(50);
          if (fake.stats.delivered < (killPoints[0] ?? Number.POSITIVE_INFINITY)) continue;
          killPoints.shift();
          const [victim] = workers.splice(Math.floor(random() * workers.length), 1);
          victim?.kill('SIGKILL');
          kills++;
          workers.push(start());
        }
      } finally {
        for (const w of workers) w.kill('SIGTERM');
        await Promise.all(
          workers.map(
            (w) => new Promise((resolve) => (w.exitCode === null ? w.once('exit', resolve) : resolve(null))),
          ),
        );
      }
      const report = await deliveryReport(t.db, fake, keys, Date.now() - began);
      console.info(`[fault-injection processes] ${JSON.stringify({ kills, ...report })}`);

      expect(report).toMatchObject({ delivered: MESSAGES, duplicated: 0, lost: 0, outboxSent: MESSAGES });
      // A SIGKILLed process cuts its connections, so its sends in flight count as unanswered; it
      // may also die between an answer and recording it, with at most SEND_CONCURRENCY such sends.
      // Which keys it held is unknown here, so each key may repeat once per kill, and all keys
      // together at most SEND_CONCURRENCY times per kill.
      const beyond = sendsBeyondBound(fake, keys, () => kills);
      expect(beyond).toEqual([]);
      const repeats = keys.map((key) => {
        const sends = fake.sendsOf(key);
        return Math.max(0, sends.posts - 1 - sends.refused - sends.unanswered);
      });
      expect(repeats.reduce((sum, n) => sum + n, 0)).toBeLessThanOrEqual(kills * SEND_CONCURRENCY);
      expect(kills).toBe(PROCESS_KILLS);
      expect(report.serverErrors + report.rateLimited).toBeGreaterThan(0);
    },
    180_000,
  );
});

// Outbox throughput: how many messages a second the delivery worker gets through, from outbox rows
// to a provider answering over HTTP (the Resend stand-in, with the real resend client, no faults),
// with one worker and with four sharing the outbox. On DATABASE_URL's server when set (a fresh
// database, dropped afterwards), otherwise on an in-memory PGlite. Ends with one JSON line.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { connectPglite, connectPostgres, type DbHandle } from '../db/client';
import { migrate } from '../db/migrate';
import { resendTransport } from '../server/email/transports/resend-transport';
import { deliverDueEmails } from '../server/jobs/delivery/deliver-due-emails';
import { startFakeResend } from '../test/fake-resend/fake-resend';
import { enqueueMessageBurst } from '../test/fault-injection/message-burst';

const MESSAGES = Number(process.env.BENCH_OUTBOX_MESSAGES ?? 2000);

async function openDatabase(): Promise<{ handle: DbHandle; drop: () => Promise<void> }> {
  const server = process.env.DATABASE_URL;
  if (!server) return { handle: await connectPglite(), drop: async () => {} };
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  const name = `nf_outbox_bench_${randomBytes(4).toString('hex')}`;
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const handle = connectPostgres(url.toString(), { max: 10 });
  return {
    handle,
    drop: async () => {
      await handle.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Messages a second for `workers` draining `MESSAGES` fresh messages at once. */
async function measure(handle: DbHandle, workers: number, tag: string) {
  const fake = await startFakeResend();
  const transport = resendTransport({ apiKey: fake.apiKey, baseUrl: fake.url });
  await enqueueMessageBurst(handle.db, MESSAGES, tag);
  const began = performance.now();
  const drain = async () => {
    for (;;) {
      const counts = await deliverDueEmails(handle.db, {
        transport,
        fromAddress: 'bench@ninefold.test',
        batchSize: 25,
      });
      if (counts.claimed === 0) return;
    }
  };
  await Promise.all(Array.from({ length: workers }, drain));
  const seconds = (performance.now() - began) / 1000;
  await fake.stop();
  if (fake.stats.delivered !== MESSAGES) throw new Error(`delivered ${fake.stats.delivered} of ${MESSAGES}`);
  await handle.db.execute(sql`delete from email_outbox`);
  return Math.round((MESSAGES / seconds) * 10) / 10;
}

async function main() {
  const { handle, drop } = await openDatabase();
  try {
    await migrate(handle);
    const oneWorker = await measure(handle, 1, 'one');
    const fourWorkers = await measure(handle, 4, 'four');
    console.log(
      JSON.stringify({
        database: handle.driver,
        messages: MESSAGES,
        one_worker_per_s: oneWorker,
        four_workers_per_s: fourWorkers,
      }),
    );
  } finally {
    await drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

// `npm run worker`: delivers mail, runs the nudge scheduler and the audit checkpoints, and builds practice exports against
// DATABASE_URL. pg-boss runs the scheduler from a cron schedule, so however many workers run, each
// minute is handled once.
import { PgBoss } from 'pg-boss';
import { connectPostgres } from '@/db/client';
import { selectTransport } from '../email/transports/select-transport';
import { env } from '../env';
import { startEmailWorker } from './email-worker';
import { logExportError, logExportPass } from './exports/export-log';
import { startExportWorker } from './exports/export-worker';
import { requireRlsBypass } from './require-rls-bypass';
import { runMinuteJobs } from './run-minute-jobs';
import { logDeliveryPass, logWorkerError } from './worker-log';

const SCHEDULER_QUEUE = 'nudge-scheduler';

async function main() {
  const databaseUrl = env().databaseUrl;
  if (!databaseUrl) {
    console.error(
      'npm run worker needs DATABASE_URL. On the embedded database the app delivers its own mail (npm run dev).',
    );
    process.exit(1);
  }
  // Migrations are the app's (or `npm run db:migrate`'s) job: workers starting together would race.
  const handle = connectPostgres(databaseUrl, { max: 4 });
  await requireRlsBypass(handle.db);
  const boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', max: 3 });
  boss.on('error', logWorkerError);
  await boss.start();
  await boss.createQueue(SCHEDULER_QUEUE, {
    policy: 'singleton',
    retryLimit: 3,
    retryBackoff: true,
    expireInSeconds: 300,
  });
  await boss.schedule(SCHEDULER_QUEUE, '* * * * *');
  await boss.work(SCHEDULER_QUEUE, async () => {
    await runMinuteJobs(handle.db, new Date());
  });
  const worker = startEmailWorker(handle.db, {
    transport: selectTransport(handle.db),
    fromAddress: env().email.fromAddress,
    leaseMs: env().email.leaseMs,
    retryBaseMs: env().email.retryBaseMs,
    onPass: logDeliveryPass,
    onError: logWorkerError,
  });
  // Exports take a lease per job (SKIP LOCKED), so any number of workers share them.
  const exports = startExportWorker(handle.db, {
    snapshot: true,
    onPass: logExportPass,
    onError: logExportError,
  });
  console.info('[email] worker started');

  const shutdown = async () => {
    await worker.stop();
    await exports.stop();
    await boss.stop({ graceful: true });
    await handle.close();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((error) => {
  logWorkerError(error);
  process.exit(1);
});

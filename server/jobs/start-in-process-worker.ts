// The app delivers its own mail when it owns its database (embedded PGlite) and under
// `npm run dev`; the nudge scheduler and the audit checkpoints then run in the same loop, once a minute, and practice
// exports are built in a loop beside it. Started once per process (cached on globalThis, like the
// database handle).
import { getDbHandle } from '../db';
import { selectTransport } from '../email/transports/select-transport';
import { env } from '../env';
import { type EmailWorker, startEmailWorker } from './email-worker';
import { logExportError, logExportPass } from './exports/export-log';
import { type ExportWorker, startExportWorker } from './exports/export-worker';
import { runMinuteJobs } from './run-minute-jobs';
import { logDeliveryPass, logWorkerError } from './worker-log';

const cache = globalThis as typeof globalThis & {
  __ninefoldEmailWorker?: EmailWorker;
  __ninefoldExportWorker?: ExportWorker;
};

export async function startInProcessEmailWorker() {
  if (cache.__ninefoldEmailWorker || env().email.worker !== 'in-process') return;
  const { db, driver } = await getDbHandle();
  cache.__ninefoldEmailWorker = startEmailWorker(db, {
    transport: selectTransport(db),
    fromAddress: env().email.fromAddress,
    leaseMs: env().email.leaseMs,
    retryBaseMs: env().email.retryBaseMs,
    periodic: { everyMs: 60_000, run: (now) => runMinuteJobs(db, now) },
    onPass: logDeliveryPass,
    onError: logWorkerError,
  });
  cache.__ninefoldExportWorker = startExportWorker(db, {
    snapshot: driver === 'postgres',
    onPass: logExportPass,
    onError: logExportError,
  });
}

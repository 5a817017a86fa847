// The export loop: builds queued practice exports one at a time and expires old files, sleeping
// between passes when there was nothing to build. Runs inside `npm run worker`, or inside the app
// when it owns its database, beside the email loop.
import type { Db } from '@/db/client';
import { type ExportPass, runExportPass } from './run-export-job';

export type ExportWorker = { stop(): Promise<void> };

export function startExportWorker(
  db: Db,
  options: {
    pollMs?: number;
    leaseMs?: number;
    /** Read each export in one snapshot: only where the database has more than one connection. */
    snapshot?: boolean;
    onPass?: (pass: ExportPass) => void;
    onError?: (e: unknown) => void;
  },
): ExportWorker {
  const pollMs = options.pollMs ?? 1000;
  const stopping = new AbortController();
  let wakeUp: (() => void) | undefined;
  const loop = async () => {
    while (!stopping.signal.aborted) {
      let idle = true;
      try {
        const pass = await runExportPass(db, {
          leaseMs: options.leaseMs ?? 120_000,
          snapshot: options.snapshot,
        });
        options.onPass?.(pass);
        idle = pass.built === 'none';
      } catch (error) {
        options.onError?.(error);
      }
      if (idle && !stopping.signal.aborted)
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, pollMs);
          wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
    }
  };
  const running = loop();
  return {
    async stop() {
      stopping.abort();
      wakeUp?.();
      await running;
    },
  };
}

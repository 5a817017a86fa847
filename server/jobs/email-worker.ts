// The delivery loop: drains due outbox messages, sleeping between passes only when the outbox had
// nothing more. Runs inside `npm run worker`, or inside the app when it owns its database.
import type { Db } from '@/db/client';
import type { EmailTransport } from '../email/transports/transport';
import { type DeliveryCounts, deliverDueEmails } from './delivery/deliver-due-emails';

type EmailWorkerOptions = {
  transport: EmailTransport;
  fromAddress: string;
  pollMs?: number;
  batchSize?: number;
  leaseMs?: number;
  retryBaseMs?: number;
  /** Extra periodic work in the same loop (the nudge scheduler where pg-boss does not run it). */
  periodic?: { everyMs: number; run: (now: Date) => Promise<unknown> };
  onPass?: (counts: DeliveryCounts) => void;
  onError?: (error: unknown) => void;
  /** Aborting it drops the worker mid-step, as a killed process would (fault-injection tests). */
  killSignal?: AbortSignal;
};

export type EmailWorker = { stop(): Promise<void>; wake(): void };

export function startEmailWorker(db: Db, options: EmailWorkerOptions): EmailWorker {
  const pollMs = options.pollMs ?? 1000;
  const batchSize = options.batchSize ?? 25;
  const stopping = new AbortController();
  let wakeUp: (() => void) | undefined;
  let lastPeriodic = 0;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const halted = () => stopping.signal.aborted || Boolean(options.killSignal?.aborted);
  options.killSignal?.addEventListener('abort', () => wakeUp?.());

  const loop = async () => {
    while (!halted()) {
      let idle = true;
      try {
        if (options.periodic && Date.now() - lastPeriodic >= options.periodic.everyMs) {
          lastPeriodic = Date.now();
          await options.periodic.run(new Date());
        }
        const counts = await deliverDueEmails(db, { ...options, batchSize, signal: options.killSignal });
        options.onPass?.(counts);
        idle = counts.claimed < batchSize;
      } catch (error) {
        options.onError?.(error);
      }
      if (idle && !halted()) await sleep(pollMs);
    }
  };
  const running = loop();

  return {
    wake: () => wakeUp?.(),
    /** Finishes the message in hand, then stops. */
    async stop() {
      stopping.abort();
      wakeUp?.();
      await running;
    },
  };
}

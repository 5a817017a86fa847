// One line per thing worth knowing, never a message body or address (bodies hold links and tokens).
import type { DeliveryCounts } from './delivery/deliver-due-emails';

export function logDeliveryPass(counts: DeliveryCounts) {
  if (counts.claimed === 0) return;
  const { sent, retried, failed, skipped, waiting } = counts;
  console.info(
    `[email] sent ${sent}, retrying ${retried}, failed ${failed}, skipped ${skipped}, waiting ${waiting}`,
  );
}

export function logWorkerError(error: unknown) {
  console.error(
    `[email] worker pass failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
  );
}

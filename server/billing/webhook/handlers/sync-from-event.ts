// The step every handler shares: sync the subscription an event names, whatever else the event says.
import type { Tx } from '../../../../db/client';
import { type SyncOutcome, syncSubscription } from '../sync-subscription';
import type { HandlerDeps, HandlerResult } from './types';

type Expandable = string | { id: string } | null | undefined;
export const idOf = (value: Expandable): string | null =>
  typeof value === 'string' ? value : (value?.id ?? null);

export async function syncFromEvent(
  tx: Tx,
  ref: { subscription: Expandable; customer: Expandable },
  deps: HandlerDeps,
): Promise<{ outcome: SyncOutcome | null; result: HandlerResult }> {
  const subscriptionId = idOf(ref.subscription);
  if (!subscriptionId) return { outcome: null, result: { practiceId: null, sync: 'none', emailed: 0 } };
  const outcome = await syncSubscription(
    tx,
    { subscriptionId, customerId: idOf(ref.customer) },
    deps.readSubscription,
    deps.now,
  );
  const practiceId = 'practiceId' in outcome ? outcome.practiceId : null;
  return { outcome, result: { practiceId, sync: outcome.kind, emailed: 0 } };
}

'use server';
// The local Stripe pages' buttons: pay a checkout session, or change a subscription from the
// portal. Each sends its webhooks to the app before answering, so the page the person lands on
// already shows the result; a webhook that fails is logged and kept, never an error here.
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { postedForm } from '@/app/_lib/posted-form';
import { payCheckoutSession } from '@/server/billing/local-stripe/actions/pay-checkout';
import { readPortal } from '@/server/billing/local-stripe/actions/read-pages';
import {
  runSubscriptionAction,
  type SubscriptionAction,
} from '@/server/billing/local-stripe/actions/subscription-actions';
import { appLocalStripe } from '@/server/billing/local-stripe/app-stand-in';
import { LocalStripeError } from '@/server/billing/local-stripe/errors';
import { planOfPrice } from '@/server/billing/plan-prices';
import { PLANS } from '@/server/billing/plans';
import { env } from '@/server/env';

const ZSessionId = z.string().regex(/^[A-Za-z0-9_]+$/);

export async function payCheckout(posted: FormData): Promise<void> {
  const form = postedForm(posted);
  if (env().mode === 'production') notFound();
  const parsed = ZSessionId.safeParse(form.get('sessionId'));
  if (!parsed.success) notFound();
  const sessionId = parsed.data;
  let target: string;
  try {
    const { db, events, appUrl } = await appLocalStripe();
    const paid = await payCheckoutSession(db, sessionId, appUrl);
    await events.send(paid.events);
    target = paid.redirectUrl;
  } catch (error) {
    if (!(error instanceof LocalStripeError)) throw error;
    target = `/dev/stripe/checkout/${sessionId}?error=${encodeURIComponent(error.message)}`;
  }
  redirect(target);
}

const ZPortalForm = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('change_seats'), seats: z.coerce.number().int().min(1).max(10_000) }),
  z.object({ kind: z.literal('cancel_at_period_end'), cancel: z.enum(['true', 'false']) }),
  z.object({ kind: z.literal('cancel_now') }),
  z.object({ kind: z.literal('fail_payment') }),
  z.object({ kind: z.literal('recover_payment') }),
  z.object({ kind: z.literal('trial_will_end') }),
]);

export async function changeFromPortal(posted: FormData): Promise<void> {
  const form = postedForm(posted);
  if (env().mode === 'production') notFound();
  const parsedId = ZSessionId.safeParse(form.get('portalSessionId'));
  if (!parsedId.success) notFound();
  const portalId = parsedId.data;
  const input = ZPortalForm.safeParse(Object.fromEntries(form));
  const back = `/dev/stripe/portal/${portalId}`;
  if (!input.success) redirect(`${back}?error=${encodeURIComponent('Choose a whole number of seats.')}`);
  const { db, events, appUrl } = await appLocalStripe();
  const subscription = (await readPortal(db, portalId))?.subscription;
  if (!subscription) notFound();
  // As a portal configuration would, keep seat changes within the plan's limits.
  const plan = planOfPrice(subscription.priceId);
  if (input.data.kind === 'change_seats' && plan) {
    const { name, minSeats, maxSeats } = PLANS[plan];
    if (input.data.seats < minSeats || input.data.seats > maxSeats)
      redirect(`${back}?error=${encodeURIComponent(`${name} takes ${minSeats} to ${maxSeats} seats.`)}`);
  }
  const action: SubscriptionAction =
    input.data.kind === 'change_seats'
      ? { kind: 'change_seats', quantity: input.data.seats }
      : input.data.kind === 'cancel_at_period_end'
        ? { kind: 'cancel_at_period_end', cancel: input.data.cancel === 'true' }
        : { kind: input.data.kind };
  let target = `${back}?done=${action.kind}`;
  try {
    const done = await runSubscriptionAction(db, subscription.id, action, appUrl);
    await events.send(done.events);
  } catch (error) {
    if (!(error instanceof LocalStripeError)) throw error;
    target = `${back}?error=${encodeURIComponent(error.message)}`;
  }
  redirect(target);
}

// Replay: one subscription's life (checkout, seats, failed payment, recovery, cancel at period end,
// end) with its events held back, shuffled and redelivered, in 50 seeded permutations. Stripe moves
// on step by step; after every batch of deliveries (sent at once) the practice's row shows Stripe's
// state at that moment, and at the end Stripe's final state, whatever the order. Stripe's side is
// the in-memory store; app/api/webhooks/stripe/replay.int.test.ts replays a life recorded from the
// local Stripe stand-in through the route and the real library.
import { randomBytes } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { emailOutbox, practiceSubscriptions, practices, stripeEvents } from '@/db/schema';
import { makeMember } from '@/test/factories';
import { createTestDb } from '@/test/test-db';
import { receiveStripeWebhook, type StripeWebhookOutcome } from './receive-stripe-webhook';
import { readSubscription, subscriptionState } from './subscription-state';
import { seededRandom } from './testing/seeded';
import { signed, type TestEvent } from './testing/stripe-objects';
import { subscriptionLife } from './testing/subscription-life';

const PERMUTATIONS = 50;
const secret = `whsec_${randomBytes(24).toString('base64')}`;
let t: DbHandle;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.close());

/** What the row must show while Stripe has `subscription` (past_due_since is checked apart). */
const expectedRow = (subscription: object) => {
  const { pastDueSince: _, ...rest } = subscriptionState(
    readSubscription(subscription),
    undefined,
    new Date(),
  );
  return rest;
};

async function runPermutation(seed: number) {
  const random = seededRandom(seed);
  const [practice] = await t.db
    .insert(practices)
    .values({ name: `Replay ${seed}` })
    .returning();
  const owner = await makeMember(t.db, practice!.id, 'owner');
  await makeMember(t.db, practice!.id, 'counselor');
  const life = subscriptionLife(practice!.id, 1_780_000_000);
  let stripeNow: object | undefined;
  const stripe = {
    ...life.stripe.reader,
    subscription: async () => structuredClone(stripeNow) as Stripe.Subscription,
  };
  let clock = Date.parse('2026-06-01T00:00:00Z');
  const deliver = (event: TestEvent) => {
    clock += 60_000;
    return receiveStripeWebhook(t.db, {
      ...signed(event, secret),
      secret,
      stripe,
      now: new Date(clock),
    });
  };
  const row = async () =>
    (
      await t.db
        .select()
        .from(practiceSubscriptions)
        .where(eq(practiceSubscriptions.practiceId, practice!.id))
    )[0];

  const pending: TestEvent[] = [];
  const delivered: TestEvent[] = [];
  const outcomes: StripeWebhookOutcome[] = [];
  let pastDueSince: Date | null = null;
  const sendBatch = async (batch: TestEvent[]) => {
    const results = await Promise.all(batch.map(deliver));
    outcomes.push(...results);
    delivered.push(...batch);
    if (!results.some((r) => r.kind === 'processed')) return;
    const current = await row();
    expect(current, `seed ${seed}`).toMatchObject(expectedRow(stripeNow!));
    // The grace period starts once and is not restarted by later past-due syncs.
    if (current!.status === 'past_due') {
      expect(current!.pastDueSince).not.toBeNull();
      pastDueSince ??= current!.pastDueSince;
      expect(current!.pastDueSince).toEqual(pastDueSince);
    } else expect(current!.pastDueSince).toBeNull();
  };

  for (const step of life.steps) {
    stripeNow = step.subscription;
    pending.push(...step.events);
    const now = random.shuffle(pending).slice(0, Math.floor(random.next() * (pending.length + 1)));
    for (const event of now) pending.splice(pending.indexOf(event), 1);
    const again = delivered.filter(() => random.next() < 0.2);
    const batch = random.shuffle([...now, ...again]);
    // Sent in a few groups: each group at once, the groups one after another.
    while (batch.length > 0) await sendBatch(batch.splice(0, 1 + Math.floor(random.next() * 3)));
  }
  for (const event of random.shuffledWithDuplicates([...pending, ...delivered], 0.3))
    await sendBatch([event]);

  const final = life.steps.at(-1)!.subscription;
  expect(await row(), `seed ${seed}`).toMatchObject({ ...expectedRow(final), pastDueSince: null });
  expect(await row()).toMatchObject({
    status: 'canceled',
    seats: 5,
    plan: 'group',
    cancelAtPeriodEnd: false,
  });

  const ids = life.steps.flatMap((s) => s.events.map((e) => e.id));
  const receipts = await t.db.select().from(stripeEvents).where(inArray(stripeEvents.id, ids));
  expect(receipts).toHaveLength(ids.length);
  const processed = outcomes.filter((o) => o.kind === 'processed');
  expect(processed).toHaveLength(ids.length);
  expect(new Set(processed.map((o) => o.eventId)).size).toBe(ids.length);

  // Mail only if the failure arrived while Stripe still could not collect; never twice.
  const mailed = processed.reduce((sum, o) => sum + (o.kind === 'processed' ? o.emailed : 0), 0);
  const mail = await t.db
    .select({ to: emailOutbox.toEmail })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.senderPracticeId, practice!.id), eq(emailOutbox.template, 'payment-failed')));
  expect(mail).toHaveLength(mailed);
  expect(mail.map((m) => m.to).every((to) => to === owner.user.email)).toBe(true);
  expect(mailed).toBeLessThanOrEqual(1);
}

describe('replay of one subscription life, shuffled, delayed and redelivered', () => {
  it(`reaches Stripe's state after every batch and its final state at the end (${PERMUTATIONS} seeds)`, async () => {
    for (let seed = 1; seed <= PERMUTATIONS; seed++) await runPermutation(seed);
  }, 240_000);
});

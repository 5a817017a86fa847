'use client';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { PendingButton } from '@/app/_components/pending-button';
import { Card, CardDescription, CardTitle } from '@/app/_components/ui/card';
import { cn } from '@/app/_components/ui/cn';
import { Field } from '@/app/_components/ui/field';
import { FormMessage } from '@/app/_components/ui/form-message';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';
import { PLAN_IDS, PLANS, type PlanId } from '@/server/billing/plans';

/** Picks a plan and seats, then hands over to Stripe Checkout. */
export function ChoosePlanForm({ seatsUsed }: { seatsUsed: number }) {
  const trpc = useTRPC();
  const [plan, setPlan] = useState<PlanId>(seatsUsed > 1 ? 'group' : 'solo');
  const { minSeats, maxSeats, monthlyUsdPerSeat } = PLANS[plan];
  const [seats, setSeats] = useState(Math.max(seatsUsed, PLANS.group.minSeats));
  const checkout = useMutation(trpc.billing.startCheckout.mutationOptions());
  const failure = checkout.error ? describeError(checkout.error) : null;
  const chosenSeats = minSeats === maxSeats ? minSeats : seats;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    checkout.mutate({ plan, seats: chosenSeats }, { onSuccess: ({ url }) => window.location.assign(url) });
  }

  return (
    <Card>
      <form onSubmit={submit} aria-labelledby="choose-plan-heading" noValidate>
        <CardTitle id="choose-plan-heading">Choose a plan</CardTitle>
        <CardDescription className="mb-4">
          Payment is on Stripe’s secure page; you come back here when it is done.
        </CardDescription>
        <FormMessage error={failure?.message} />
        <fieldset className="m-0 mb-4 min-w-0 border-0 p-0">
          <legend className="sr-only">Plan</legend>
          <div className="grid gap-3 sm:grid-cols-2">
            {PLAN_IDS.map((id) => (
              <label
                key={id}
                className={cn(
                  'flex cursor-pointer gap-3 rounded-lg border p-4 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-focus',
                  plan === id
                    ? 'border-brand-700 bg-brand-50/60'
                    : 'border-line bg-surface hover:border-line-strong',
                )}
              >
                <input
                  type="radio"
                  name="plan"
                  value={id}
                  checked={plan === id}
                  onChange={() => setPlan(id)}
                  className="mt-1 size-5 shrink-0 accent-brand-700"
                />
                <span className="flex flex-col gap-0.5">
                  <span className="font-semibold text-ink">{PLANS[id].name}</span>
                  <span className="text-sm text-muted">{PLANS[id].summary}</span>
                  <span className="mt-1 text-sm">
                    <strong className="text-lg text-ink">${PLANS[id].monthlyUsdPerSeat}</strong> per seat a
                    month
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {minSeats === maxSeats ? (
          <p className="m-0 mb-4 text-sm text-muted">One counselor seat.</p>
        ) : (
          <Field
            id="plan-seats"
            label="Counselor seats"
            name="seats"
            type="number"
            inputMode="numeric"
            min={Math.max(minSeats, seatsUsed)}
            max={maxSeats}
            value={seats}
            onChange={(e) => setSeats(Number(e.target.value))}
            hint={`Your team fills ${seatsUsed} ${seatsUsed === 1 ? 'seat' : 'seats'} now.`}
            fieldClassName="max-w-xs"
          />
        )}
        <div className="flex flex-wrap items-center justify-between gap-3 border-t border-line pt-4">
          <p className="m-0">
            Total: <strong>${chosenSeats * monthlyUsdPerSeat} a month</strong>
          </p>
          <PendingButton type="submit" pending={checkout.isPending} pendingLabel="Opening checkout…">
            Continue to checkout
          </PendingButton>
        </div>
      </form>
    </Card>
  );
}

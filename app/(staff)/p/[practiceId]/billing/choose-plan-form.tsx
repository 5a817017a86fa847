'use client';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { PLAN_IDS, PLANS, type PlanId } from '../../../../../server/billing/plans';
import { FormMessage } from '../../../../_components/ui/form-message';
import { describeError } from '../../../../_lib/error-message';
import { useTRPC } from '../../../../_lib/trpc-client';

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
    <form onSubmit={submit} className="card" aria-labelledby="choose-plan-heading" noValidate>
      <h2 id="choose-plan-heading">Choose a plan</h2>
      <FormMessage error={failure?.message} />
      <fieldset>
        <legend>Plan</legend>
        {PLAN_IDS.map((id) => (
          <label key={id} className="check">
            <input type="radio" name="plan" value={id} checked={plan === id} onChange={() => setPlan(id)} />
            <span>
              <strong>{PLANS[id].name}</strong>: {PLANS[id].summary}, ${PLANS[id].monthlyUsdPerSeat} per seat
              a month
            </span>
          </label>
        ))}
      </fieldset>
      {minSeats === maxSeats ? (
        <p>One counselor seat.</p>
      ) : (
        <div className="field">
          <label htmlFor="plan-seats">Counselor seats</label>
          <input
            id="plan-seats"
            type="number"
            inputMode="numeric"
            min={Math.max(minSeats, seatsUsed)}
            max={maxSeats}
            value={seats}
            onChange={(e) => setSeats(Number(e.target.value))}
            aria-describedby="plan-seats-hint"
          />
          <p className="hint" id="plan-seats-hint">
            Your team fills {seatsUsed} {seatsUsed === 1 ? 'seat' : 'seats'} now.
          </p>
        </div>
      )}
      <p>
        Total: <strong>${chosenSeats * monthlyUsdPerSeat} a month</strong>
      </p>
      <button type="submit" className="button" disabled={checkout.isPending}>
        {checkout.isPending ? 'Opening checkout…' : 'Continue to checkout'}
      </button>
    </form>
  );
}

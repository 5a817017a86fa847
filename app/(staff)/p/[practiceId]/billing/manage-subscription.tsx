'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { FormMessage } from '../../../../_components/ui/form-message';
import { describeError } from '../../../../_lib/error-message';
import { useTRPC } from '../../../../_lib/trpc-client';

/** Seats up or down here; card, invoices and cancelling in Stripe's Customer Portal. */
export function ManageSubscription({ seatsBought, seatsUsed }: { seatsBought: number; seatsUsed: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [saved, setSaved] = useState<string | null>(null);
  const seats = useMutation(trpc.billing.changeSeats.mutationOptions());
  const portal = useMutation(trpc.billing.openPortal.mutationOptions());
  const failure = seats.error
    ? describeError(seats.error)
    : portal.error
      ? describeError(portal.error)
      : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const value = Number(new FormData(event.currentTarget).get('seats'));
    seats.mutate(
      { seats: value },
      {
        onSuccess: () => {
          setSaved(`Seats changed to ${value}. The new total shows once Stripe confirms it.`);
          setTimeout(() => router.refresh(), 1500);
        },
      },
    );
  }

  return (
    <section className="card" aria-labelledby="manage-heading">
      <h2 id="manage-heading">Manage the subscription</h2>
      <FormMessage error={failure?.message} success={saved} />
      <form onSubmit={submit} noValidate aria-label="Change seats">
        <div className="field">
          <label htmlFor="seats">Counselor seats</label>
          <input
            id="seats"
            name="seats"
            type="number"
            inputMode="numeric"
            min={Math.max(1, seatsUsed)}
            defaultValue={seatsBought}
            aria-describedby="seats-hint"
          />
          <p className="hint" id="seats-hint">
            {seatsUsed} in use. Changes are prorated on the next invoice.
          </p>
        </div>
        <button type="submit" className="button secondary" disabled={seats.isPending}>
          {seats.isPending ? 'Changing…' : 'Change seats'}
        </button>
      </form>
      <p>Update the card, see every invoice or cancel in Stripe’s billing portal.</p>
      <button
        type="button"
        className="button"
        disabled={portal.isPending}
        onClick={() => portal.mutate(undefined, { onSuccess: ({ url }) => window.location.assign(url) })}
      >
        {portal.isPending ? 'Opening…' : 'Manage billing'}
      </button>
    </section>
  );
}

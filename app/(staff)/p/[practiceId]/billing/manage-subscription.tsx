'use client';
import { useMutation } from '@tanstack/react-query';
import { ExternalLink } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { PendingButton } from '@/app/_components/pending-button';
import { Button } from '@/app/_components/ui/button';
import { Card, CardTitle } from '@/app/_components/ui/card';
import { Field } from '@/app/_components/ui/field';
import { FormMessage } from '@/app/_components/ui/form-message';
import { Spinner } from '@/app/_components/ui/spinner';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';

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
    <Card aria-labelledby="manage-heading">
      <CardTitle id="manage-heading" className="mb-4">
        Manage the subscription
      </CardTitle>
      <FormMessage error={failure?.message} success={saved} />
      <div className="grid gap-6 md:grid-cols-2">
        <form onSubmit={submit} noValidate aria-label="Change seats">
          <Field
            id="seats"
            label="Counselor seats"
            name="seats"
            type="number"
            inputMode="numeric"
            min={Math.max(1, seatsUsed)}
            defaultValue={seatsBought}
            hint={`${seatsUsed} in use. Changes are prorated on the next invoice.`}
            fieldClassName="max-w-xs"
          />
          <PendingButton type="submit" variant="secondary" pending={seats.isPending} pendingLabel="Changing…">
            Change seats
          </PendingButton>
        </form>
        <div className="flex flex-col items-start gap-3 md:border-l md:border-line md:pl-6">
          <p className="m-0 text-sm text-muted">
            Update the card, see every invoice or cancel in Stripe’s billing portal.
          </p>
          <Button
            disabled={portal.isPending}
            onClick={() => portal.mutate(undefined, { onSuccess: ({ url }) => window.location.assign(url) })}
          >
            {portal.isPending ? <Spinner /> : <ExternalLink aria-hidden />}
            {portal.isPending ? 'Opening…' : 'Manage billing'}
          </Button>
        </div>
      </div>
    </Card>
  );
}

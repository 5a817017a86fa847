import { FlaskConical } from 'lucide-react';
import { Field } from '@/app/_components/ui/field';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { changeFromPortal } from '../actions';
import { PortalSection } from './portal-section';

/** What a customer may change in the portal, and the events Stripe would send on its own. */
export function PortalActions({
  portalSessionId,
  status,
  seats,
  cancelAtPeriodEnd,
  seatLimits,
}: {
  portalSessionId: string;
  status: string;
  seats: number;
  cancelAtPeriodEnd: boolean;
  seatLimits: { minSeats: number; maxSeats: number };
}) {
  const hidden = <input type="hidden" name="portalSessionId" value={portalSessionId} />;
  const action = (kind: string, label: string, pendingLabel: string, variant: 'secondary' | 'danger') => (
    <form action={changeFromPortal}>
      {hidden}
      <input type="hidden" name="kind" value={kind} />
      <SubmitButton variant={variant} pendingLabel={pendingLabel} className="max-sm:w-full">
        {label}
      </SubmitButton>
    </form>
  );
  return (
    <>
      {seatLimits.maxSeats > seatLimits.minSeats ? (
        <PortalSection id="seats-heading" title="Change seats">
          <form action={changeFromPortal} className="flex flex-wrap items-end gap-3">
            {hidden}
            <input type="hidden" name="kind" value="change_seats" />
            <Field
              id="portal-seats"
              label="Number of seats"
              name="seats"
              type="number"
              inputMode="numeric"
              min={seatLimits.minSeats}
              max={seatLimits.maxSeats}
              defaultValue={seats}
              required
              hint={`Between ${seatLimits.minSeats} and ${seatLimits.maxSeats}.`}
              fieldClassName="mb-0 w-44"
            />
            <SubmitButton pendingLabel="Updating…" className="max-sm:w-full">
              Update seats
            </SubmitButton>
          </form>
        </PortalSection>
      ) : null}

      <PortalSection id="cancel-heading" title="Cancel">
        <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
          <form action={changeFromPortal}>
            {hidden}
            <input type="hidden" name="kind" value="cancel_at_period_end" />
            <input type="hidden" name="cancel" value={cancelAtPeriodEnd ? 'false' : 'true'} />
            <SubmitButton variant="secondary" pendingLabel="Saving…" className="max-sm:w-full">
              {cancelAtPeriodEnd ? 'Keep the subscription' : 'Cancel at the end of the period'}
            </SubmitButton>
          </form>
          {action('cancel_now', 'Cancel now', 'Canceling…', 'danger')}
        </div>
      </PortalSection>

      <section
        aria-labelledby="simulate-heading"
        className="rounded-lg border border-dashed border-line-strong bg-paper p-5"
      >
        <h2 id="simulate-heading" className="m-0 flex items-center gap-2 text-base">
          <FlaskConical aria-hidden className="size-4 text-muted" />
          Simulate
        </h2>
        <p className="m-0 mt-1 mb-4 text-sm text-muted">
          Events Stripe would send on its own, for trying the app&apos;s reactions.
        </p>
        <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
          {status === 'active' || status === 'trialing'
            ? action('fail_payment', 'Simulate a failed payment', 'Simulating…', 'secondary')
            : null}
          {status === 'past_due'
            ? action('recover_payment', 'Simulate the payment succeeding', 'Simulating…', 'secondary')
            : null}
          {status === 'trialing'
            ? action('trial_will_end', 'Send the trial-ending notice', 'Sending…', 'secondary')
            : null}
        </div>
      </section>
    </>
  );
}

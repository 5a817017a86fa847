// Billing notice across every staff page: a failed payment's grace period (and the day the practice
// turns read-only), or a practice that is read-only now. Owners and admins get the way to Billing.
import type { ReactNode } from 'react';
import { Alert } from '@/app/_components/ui/alert';
import type { RouterOutputs } from '@/app/_lib/router-types';
import { formatInstant } from '@/app/_lib/session-time';

type Access = RouterOutputs['practice']['current']['access'];

const ENDED: Partial<Record<NonNullable<Access['reason']>, string>> = {
  'trial-ended': 'The free trial has ended',
  'past-due-ended': 'A payment failed and was not made up within 7 days',
  canceled: "This practice's subscription has ended",
  unpaid: "This practice's subscription is unpaid",
  'incomplete-expired': 'The first payment did not go through',
  paused: "This practice's subscription is paused",
};

export function BillingBanner({
  practiceId,
  access,
  timeZone,
  isAdmin,
}: {
  practiceId: string;
  access: Access;
  timeZone: string;
  isAdmin: boolean;
}) {
  const billing = isAdmin ? (
    <a href={`/p/${practiceId}/billing`}>Go to Billing</a>
  ) : (
    <>An owner or admin can sort it out under Billing.</>
  );
  if (access.reason === 'past-due-grace' && access.readOnlyFrom) {
    return (
      <Banner tone="warning">
        A payment failed. Ninefold becomes read-only on {formatInstant(access.readOnlyFrom, timeZone)} unless
        it is paid. {billing}
      </Banner>
    );
  }
  if (access.level !== 'read-only') return null;
  return (
    <Banner tone="danger">
      {(access.reason ? ENDED[access.reason] : undefined) ?? "This practice's subscription has ended"}, so
      Ninefold is read-only: every record can still be read, but nothing new can be saved. {billing}
    </Banner>
  );
}

function Banner({ tone, children }: { tone: 'warning' | 'danger'; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-7xl px-4 pb-3 sm:px-6">
      <Alert tone={tone} role="status">
        <p>{children}</p>
      </Alert>
    </div>
  );
}

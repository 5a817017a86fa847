import { Badge } from '@/app/_components/ui/badge';

const LOOK: Record<string, { label: string; tone: 'success' | 'brand' | 'warning' | 'neutral' | 'danger' }> =
  {
    active: { label: 'Active', tone: 'success' },
    trialing: { label: 'Trial', tone: 'brand' },
    past_due: { label: 'Past due', tone: 'warning' },
    unpaid: { label: 'Unpaid', tone: 'danger' },
    canceled: { label: 'Canceled', tone: 'neutral' },
    paid: { label: 'Paid', tone: 'success' },
    open: { label: 'Open', tone: 'warning' },
    void: { label: 'Void', tone: 'neutral' },
    draft: { label: 'Draft', tone: 'neutral' },
  };

/** A Stripe status (subscription or invoice) as a coloured label; an unknown one is shown as it is. */
export function StripeStatus({ status }: { status: string }) {
  const look = LOOK[status] ?? { label: status, tone: 'neutral' as const };
  return <Badge tone={look.tone}>{look.label}</Badge>;
}

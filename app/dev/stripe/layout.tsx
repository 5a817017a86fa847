import { FlaskConical } from 'lucide-react';
import type { ReactNode } from 'react';

/** Every page of the local Stripe stand-in says, before anything else, that it is one. */
export default function LocalStripeLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col bg-surface">
      <div className="border-b border-warning-100 bg-warning-50 px-4 py-2 text-center text-sm text-warning-700">
        <p className="m-0 inline-flex flex-wrap items-center justify-center gap-x-2 gap-y-0.5">
          <FlaskConical aria-hidden className="size-4 shrink-0" />
          <strong>Local test mode.</strong>
          <span>Ninefold&apos;s stand-in for Stripe: no card, no charge, nothing leaves this computer.</span>
        </p>
      </div>
      {children}
    </div>
  );
}

import type { ReactNode } from 'react';

/** One block of the portal under a small heading, the way Stripe's portal lays them out. */
export function PortalSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2
        id={id}
        className="m-0 mb-4 border-b border-line pb-2 text-xs font-semibold tracking-wide text-muted uppercase"
      >
        {title}
      </h2>
      {children}
    </section>
  );
}

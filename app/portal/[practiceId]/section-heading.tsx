import type { ReactNode } from 'react';

/** A section's heading on a portal page, with an optional word on the right (a count, a link). */
export function SectionHeading({
  id,
  children,
  aside,
}: {
  id: string;
  children: ReactNode;
  aside?: ReactNode;
}) {
  return (
    <div className="mb-3 flex items-baseline justify-between gap-3">
      <h2 id={id} className="m-0 text-lg font-semibold">
        {children}
      </h2>
      {aside ? <span className="text-sm text-muted">{aside}</span> : null}
    </div>
  );
}

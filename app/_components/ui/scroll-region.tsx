import type { ReactNode } from 'react';
import { cn } from './cn';

/**
 * Room for a table that may be wider than a phone: it scrolls sideways on its own, and keyboard
 * users can reach it (a focusable, named region) to scroll it with the arrow keys.
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must take focus to be scrolled by keyboard (WCAG 2.1.1)
      tabIndex={0}
      className={cn(
        'overflow-x-auto rounded-sm focus-visible:outline-2 focus-visible:outline-brand-700',
        className,
      )}
    >
      {children}
    </section>
  );
}

import { ChevronDown } from 'lucide-react';
import type { ReactNode } from 'react';

/** A less common action, folded away under its name until opened. */
export function Disclosure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="group rounded-md border border-line">
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-2 px-4 font-semibold text-ink hover:bg-paper [&::-webkit-details-marker]:hidden">
        {summary}
        <ChevronDown aria-hidden className="size-4 text-muted transition-transform group-open:rotate-180" />
      </summary>
      <div className="border-t border-line p-4 [&_form>p]:m-0 [&_form>p]:mb-4">{children}</div>
    </details>
  );
}

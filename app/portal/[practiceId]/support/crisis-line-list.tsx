// The practice's crisis lines as a partner reads them: on the support page and in the check-in's thank-you.
import { ExternalLink, Phone } from 'lucide-react';
import type { TCrisisLine } from '@/server/services/safety/crisis-lines';

export function CrisisLineList({
  lines,
  heading: Heading = 'h2',
}: {
  lines: TCrisisLine[];
  heading?: 'h2' | 'h4';
}) {
  return (
    <ul className="m-0 grid list-none gap-3 p-0">
      {lines.map((line) => (
        <li key={line.name} className="rounded-lg border border-line bg-surface p-4 shadow-card">
          <Heading className="m-0 text-base font-semibold">{line.name}</Heading>
          <p className="m-0 mt-1 flex items-start gap-2 text-lg font-bold text-brand-800">
            <Phone aria-hidden className="mt-1 size-5 shrink-0" />
            <span className="[overflow-wrap:anywhere]">{line.contact}</span>
          </p>
          {line.description ? <p className="m-0 mt-1 text-sm text-muted">{line.description}</p> : null}
          {line.url ? (
            <a
              href={line.url}
              rel="noreferrer"
              target="_blank"
              className="mt-1 inline-flex min-h-11 items-center gap-1.5 text-sm font-medium [overflow-wrap:anywhere]"
            >
              {line.url.replace(/^https:\/\//, '')}
              <ExternalLink aria-hidden className="size-4 shrink-0" />
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

// The practice's crisis lines as a partner reads them: on the support page and in the check-in's thank-you.
import type { TCrisisLine } from '../../../../server/services/safety/crisis-lines';

export function CrisisLineList({
  lines,
  heading: Heading = 'h2',
}: {
  lines: TCrisisLine[];
  heading?: 'h2' | 'h4';
}) {
  return (
    <ul className="support-lines">
      {lines.map((line) => (
        <li key={line.name} className="card">
          <Heading>{line.name}</Heading>
          <p className="support-contact">{line.contact}</p>
          {line.description ? <p>{line.description}</p> : null}
          {line.url ? (
            <p>
              <a href={line.url} rel="noreferrer" target="_blank">
                {line.url.replace(/^https:\/\//, '')}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

'use client';
// The recovery codes, shown once: the server keeps only their hashes.
import { useEffect, useRef } from 'react';

export function RecoveryCodesList({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const download = `data:text/plain;charset=utf-8,${encodeURIComponent(
    `Ninefold recovery codes (each works once)\n\n${codes.join('\n')}\n`,
  )}`;
  return (
    <section className="card" aria-labelledby="recovery-codes-heading">
      <h3 id="recovery-codes-heading" ref={heading} tabIndex={-1}>
        Your recovery codes
      </h3>
      <p>
        Keep these somewhere safe, apart from your phone. If you lose your phone, each code signs you in once
        instead of an app code. This is the only time they are shown.
      </p>
      <ol aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <p>
        <a href={download} download="ninefold-recovery-codes.txt">
          Download the codes as a text file
        </a>
      </p>
      <button type="button" className="button" onClick={onDone}>
        I have saved my recovery codes
      </button>
    </section>
  );
}

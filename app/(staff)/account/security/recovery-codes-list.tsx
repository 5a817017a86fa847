'use client';
// The recovery codes, shown once: the server keeps only their hashes.
import { Download } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { Alert } from '@/app/_components/ui/alert';
import { Button } from '@/app/_components/ui/button';

export function RecoveryCodesList({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const download = `data:text/plain;charset=utf-8,${encodeURIComponent(
    `Ninefold recovery codes (each works once)\n\n${codes.join('\n')}\n`,
  )}`;
  return (
    <section
      aria-labelledby="recovery-codes-heading"
      className="rounded-md border border-line bg-paper p-4 sm:p-5"
    >
      <h3
        id="recovery-codes-heading"
        ref={heading}
        tabIndex={-1}
        className="m-0 mb-3 text-base font-semibold"
      >
        Your recovery codes
      </h3>
      <Alert tone="warning" className="mb-4">
        <p>
          Keep these somewhere safe, apart from your phone. If you lose your phone, each code signs you in
          once instead of an app code. This is the only time they are shown.
        </p>
      </Alert>
      <ol
        aria-label="Recovery codes"
        className="m-0 mb-4 grid list-none grid-cols-1 gap-2 p-0 font-mono text-sm min-[400px]:grid-cols-2 sm:grid-cols-3"
      >
        {codes.map((code) => (
          <li key={code} className="rounded-sm bg-surface px-2 py-1.5 text-center ring-1 ring-line">
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button asChild variant="secondary" className="max-sm:w-full">
          <a href={download} download="ninefold-recovery-codes.txt">
            <Download aria-hidden />
            Download the codes as a text file
          </a>
        </Button>
        <Button onClick={onDone} className="max-sm:w-full">
          I have saved my recovery codes
        </Button>
      </div>
    </section>
  );
}

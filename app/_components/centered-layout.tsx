import { LockKeyhole } from 'lucide-react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Logo } from './ui/logo';

/** A page that asks one thing (sign in, join, unsubscribe): one calm column under the logo. */
export function CenteredLayout({ children }: { children: ReactNode }) {
  return (
    <div className="isolate flex min-h-dvh flex-col">
      <div
        aria-hidden
        className="absolute inset-x-0 top-0 -z-10 h-80 bg-gradient-to-b from-brand-100/70 via-brand-50/60 to-transparent"
      />
      <header className="mx-auto flex w-full max-w-5xl items-center px-4 py-5 sm:px-6">
        <Link href="/" className="inline-flex min-h-11 items-center rounded-md no-underline">
          <Logo className="text-lg" />
        </Link>
      </header>
      <main id="main" className="mx-auto flex w-full max-w-md flex-1 flex-col gap-6 px-4 pt-2 pb-12 sm:pt-8">
        {children}
      </main>
      <footer className="mx-auto flex w-full max-w-md items-center justify-center gap-2 px-4 pb-8 text-center text-xs text-muted">
        <LockKeyhole aria-hidden className="size-3.5 shrink-0" />
        <span>Each practice&apos;s records are private to that practice.</span>
      </footer>
    </div>
  );
}

import Link from 'next/link';
import { Logo } from '../_components/ui/logo';

export function LandingFooter() {
  return (
    <footer className="border-t border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8 text-sm text-muted sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <div className="flex flex-col gap-1">
          <Logo />
          <p className="m-0">The practice platform for couples counseling.</p>
        </div>
        <nav aria-label="Footer">
          <ul className="m-0 flex list-none flex-wrap gap-x-5 gap-y-2 p-0">
            <li>
              <Link href="/sign-in">Staff sign-in</Link>
            </li>
            <li>
              <Link href="/sign-in/link">Client sign-in</Link>
            </li>
            <li>
              <Link href="/sign-up">Create your practice</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}

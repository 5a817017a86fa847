import Link from 'next/link';
import { Button } from '../_components/ui/button';
import { Logo } from '../_components/ui/logo';

export function LandingHeader() {
  return (
    <header className="border-b border-line/70 bg-paper/90">
      <div className="mx-auto flex min-h-16 max-w-6xl items-center gap-2 px-4 sm:px-6">
        <Logo className="mr-auto text-lg" />
        <nav aria-label="Account" className="flex items-center gap-1 sm:gap-2">
          <Button asChild variant="ghost" size="sm" className="max-md:hidden">
            <Link href="/sign-in/link">Client sign-in</Link>
          </Button>
          <Button asChild variant="ghost" size="sm">
            <Link href="/sign-in">Sign in</Link>
          </Button>
          <Button asChild size="sm" className="max-sm:hidden">
            <Link href="/sign-up">Create your practice</Link>
          </Button>
        </nav>
      </div>
    </header>
  );
}

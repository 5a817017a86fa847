import Link from 'next/link';
import { TRIAL_DAYS } from '@/server/billing/plans';
import { Button } from '../_components/ui/button';
import { LogoMark } from '../_components/ui/logo';

export function ClosingCall() {
  return (
    <section aria-labelledby="closing-title" className="px-4 py-16 sm:px-6 lg:py-24">
      <div className="mx-auto flex max-w-3xl flex-col items-center text-center">
        <LogoMark className="size-12" />
        <h2 id="closing-title" className="m-0 mt-5 text-3xl tracking-tight">
          Give your couples a steady place to rebuild trust
        </h2>
        <p className="m-0 mt-3 max-w-xl text-lg text-muted">
          Start with a {TRIAL_DAYS}-day free trial, no card needed. Bring your counselors in when you are
          ready.
        </p>
        <div className="mt-8 flex w-full flex-wrap justify-center gap-3">
          <Button asChild className="max-sm:w-full">
            <Link href="/sign-up">Create your practice</Link>
          </Button>
          <Button asChild variant="secondary" className="max-sm:w-full">
            <Link href="/sign-in">Sign in</Link>
          </Button>
        </div>
      </div>
    </section>
  );
}

import { ArrowRight, Mail } from 'lucide-react';
import Link from 'next/link';
import { TRIAL_DAYS } from '@/server/billing/plans';
import { Badge } from '../_components/ui/badge';
import { Button } from '../_components/ui/button';
import { HeroIllustration } from './hero-illustration';

export function Hero() {
  return (
    <section
      aria-labelledby="hero-title"
      className="overflow-hidden bg-gradient-to-b from-paper via-brand-50/70 to-paper px-4 pt-12 pb-16 sm:px-6 lg:pt-20 lg:pb-24"
    >
      <div className="mx-auto grid max-w-6xl items-center gap-12 lg:grid-cols-[1.05fr_1fr]">
        <div>
          <Badge tone="brand">For couples counseling practices</Badge>
          <h1 id="hero-title" className="m-0 mt-4 text-4xl leading-tight sm:text-5xl">
            Help couples do the work <span className="text-brand-700">between sessions.</span>
          </h1>
          <p className="m-0 mt-5 max-w-xl text-lg text-muted">
            Ninefold keeps your caseload and session notes in one place, assigns short homework on nine
            behaviors that rebuild trust, and gives each partner a private space, made for a phone, to work on
            them.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Button asChild className="max-sm:w-full">
              <Link href="/sign-up">
                Create your practice
                <ArrowRight aria-hidden />
              </Link>
            </Button>
            <Button asChild variant="secondary" className="max-sm:w-full">
              <Link href="/sign-in">Sign in</Link>
            </Button>
          </div>
          <p className="m-0 mt-4 text-sm text-muted">Free for {TRIAL_DAYS} days. No card needed to start.</p>
          <p className="m-0 mt-6 flex items-start gap-2 rounded-md border border-line bg-surface/80 px-3 py-2.5 text-sm text-ink sm:inline-flex">
            <Mail aria-hidden className="mt-0.5 size-4 shrink-0 text-brand-700" />
            <span>
              Seeing a counselor who uses Ninefold?{' '}
              <Link href="/sign-in/link" className="font-semibold">
                Sign in with an email link
              </Link>
            </span>
          </p>
        </div>
        <HeroIllustration />
      </div>
    </section>
  );
}

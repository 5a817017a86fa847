import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCurrentSession } from '../server/auth/current-session';
import { ClosingCall } from './_landing/closing-call';
import { Features } from './_landing/features';
import { Hero } from './_landing/hero';
import { HowItWorks } from './_landing/how-it-works';
import { LandingFooter } from './_landing/landing-footer';
import { LandingHeader } from './_landing/landing-header';
import { PrivacyBand } from './_landing/privacy-band';

export const metadata: Metadata = {
  title: { absolute: 'Ninefold · The practice platform for couples counseling' },
  description:
    'Caseload, session notes, between-session homework and a private portal for each partner, for couples counseling practices.',
};

/** What Ninefold is, for a practice owner deciding whether to try it; signed-in people go straight to work. */
export default async function LandingPage() {
  if (await getCurrentSession()) redirect('/home');
  return (
    <>
      <LandingHeader />
      <main id="main" className="max-w-none p-0">
        <Hero />
        <Features />
        <HowItWorks />
        <PrivacyBand />
        <ClosingCall />
      </main>
      <LandingFooter />
    </>
  );
}

import { Smartphone } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { CenteredCard } from '@/app/_components/centered-card';
import { readChallengeCookie } from '@/app/(auth)/_actions/challenge-cookie';
import { TwoFactorForm } from './two-factor-form';

export const metadata: Metadata = { title: 'Enter your code' };

/** Reached only from a correct password: without the challenge cookie there is nothing to finish. */
export default async function TwoFactorPage() {
  if (!(await readChallengeCookie())) redirect('/sign-in');
  return (
    <CenteredCard
      icon={Smartphone}
      title="Enter your code"
      description="Open the authenticator app on your phone and enter the six-digit code it shows for Ninefold."
      footer={
        <p>
          Not you, or stuck? <Link href="/sign-in">Start again</Link>.
        </p>
      }
    >
      <TwoFactorForm />
    </CenteredCard>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { DEFAULT_TIME_ZONE, timeZoneChoices } from '../../../server/services/practices/time-zone';
import { SignUpForm } from './sign-up-form';

export const metadata: Metadata = { title: 'Create your practice' };

export default function SignUpPage() {
  return (
    <main id="main" className="narrow">
      <h1>Create your practice</h1>
      <p className="muted">
        You will be its owner. We email you a link to confirm your address, then you invite your counselors.
      </p>
      <SignUpForm timeZones={timeZoneChoices()} defaultTimeZone={DEFAULT_TIME_ZONE} />
      <p>
        Already have an account? <Link href="/sign-in">Sign in</Link>.
      </p>
    </main>
  );
}

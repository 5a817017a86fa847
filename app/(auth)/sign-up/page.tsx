import type { Metadata } from 'next';
import Link from 'next/link';
import { CenteredCard } from '@/app/_components/centered-card';
import { DEFAULT_TIME_ZONE, timeZoneChoices } from '@/server/services/practices/time-zone';
import { SignUpForm } from './sign-up-form';

export const metadata: Metadata = { title: 'Create your practice' };

export default function SignUpPage() {
  return (
    <CenteredCard
      title="Create your practice"
      description="You will be its owner. We email you a link to confirm your address, then you invite your counselors."
      footer={
        <p>
          Already have an account? <Link href="/sign-in">Sign in</Link>.
        </p>
      }
    >
      <SignUpForm timeZones={timeZoneChoices()} defaultTimeZone={DEFAULT_TIME_ZONE} />
    </CenteredCard>
  );
}

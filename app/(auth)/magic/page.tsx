import { Clock, LogIn } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { CenteredCard } from '@/app/_components/centered-card';
import { Button } from '@/app/_components/ui/button';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { signInWithLink } from '../_actions/magic-sign-in';

export const metadata: Metadata = { title: 'Sign in', referrer: 'no-referrer' };

/** Opening the link only shows this page; the button's POST spends it, so mail scanners cannot. */
export default async function MagicLinkPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const { token, expired } = await searchParams;
  if (expired || !token) {
    return (
      <CenteredCard
        icon={Clock}
        title="This sign-in link no longer works"
        description="Links work once and only for 15 minutes."
      >
        <Button asChild className="w-full">
          <Link href="/sign-in/link">Send me a new link</Link>
        </Button>
      </CenteredCard>
    );
  }
  return (
    <CenteredCard
      icon={LogIn}
      title="Welcome back"
      description="Press the button to finish signing in on this device."
    >
      <form action={signInWithLink}>
        <input type="hidden" name="token" value={token} />
        <SubmitButton className="w-full" pendingLabel="Signing in…">
          Sign in to Ninefold
        </SubmitButton>
      </form>
    </CenteredCard>
  );
}

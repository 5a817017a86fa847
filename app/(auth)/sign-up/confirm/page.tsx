import { Building2, Clock } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { CenteredCard } from '@/app/_components/centered-card';
import { Button } from '@/app/_components/ui/button';
import { getDb } from '@/server/db';
import { getSignUpRequest } from '@/server/services/practices/get-sign-up-request';
import { ConfirmSignUpForm } from './confirm-sign-up-form';

export const metadata: Metadata = { title: 'Finish signing up', referrer: 'no-referrer' };

/** Opening the link only shows this page; the button's POST creates the practice, so mail scanners cannot. */
export default async function ConfirmSignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const { token } = await searchParams;
  const request = token && token.length <= 200 ? await getSignUpRequest(await getDb(), token) : null;
  if (!token || !request) {
    return (
      <CenteredCard
        icon={Clock}
        title="This sign-up link no longer works"
        description="Links work once and only for an hour. Sign up again to get a new one."
      >
        <Button asChild className="w-full">
          <Link href="/sign-up">Sign up again</Link>
        </Button>
      </CenteredCard>
    );
  }
  return (
    <CenteredCard
      icon={Building2}
      title={`Finish creating ${request.practiceName}`}
      description={
        <p>
          Your address <strong className="text-ink">{request.email}</strong> is confirmed. Enter the password
          you chose to create the practice and sign in.
        </p>
      }
    >
      <ConfirmSignUpForm token={token} email={request.email} />
    </CenteredCard>
  );
}

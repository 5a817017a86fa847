import type { Metadata } from 'next';
import Link from 'next/link';
import { CenteredCard } from '@/app/_components/centered-card';
import { Alert } from '@/app/_components/ui/alert';
import { env } from '@/server/env';
import { DemoLogins } from './demo-logins';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const params = await searchParams;
  const showDemo = env().mode !== 'production';
  return (
    <>
      <CenteredCard
        title="Sign in to Ninefold"
        description="For counselors and practice staff."
        footer={
          <>
            <p>
              Are you a client? <Link href="/sign-in/link">Get a sign-in link by email</Link>.
            </p>
            <p>
              New practice? <Link href="/sign-up">Create your practice</Link>.
            </p>
          </>
        }
      >
        {params['signed-out'] ? (
          <Alert tone="success" role="status" className="mb-4">
            <p>You are signed out.</p>
          </Alert>
        ) : null}
        <SignInForm />
      </CenteredCard>
      {showDemo ? <DemoLogins /> : null}
    </>
  );
}

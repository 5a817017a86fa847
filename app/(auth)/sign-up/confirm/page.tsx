import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '../../../../server/db';
import { getSignUpRequest } from '../../../../server/services/practices/get-sign-up-request';
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
      <main id="main" className="narrow">
        <h1>This sign-up link no longer works</h1>
        <p>Links work once and only for an hour. Sign up again to get a new one.</p>
        <Link className="button" href="/sign-up">
          Sign up again
        </Link>
      </main>
    );
  }
  return (
    <main id="main" className="narrow">
      <h1>Finish creating {request.practiceName}</h1>
      <p>
        Your address <strong>{request.email}</strong> is confirmed. Enter the password you chose to create the
        practice and sign in.
      </p>
      <ConfirmSignUpForm token={token} email={request.email} />
    </main>
  );
}

import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getCurrentSession } from '../server/auth/current-session';

export default async function LandingPage() {
  if (await getCurrentSession()) redirect('/home');
  return (
    <main id="main">
      <h1>Ninefold</h1>
      <p>
        A practice platform for couples counseling: caseloads, session notes and between-session work on nine
        behaviors that rebuild trust.
      </p>
      <p>
        <Link className="button" href="/sign-in">
          Sign in
        </Link>{' '}
        <Link className="button secondary" href="/sign-up">
          Create your practice
        </Link>
      </p>
      <p>
        <Link href="/sign-in/link">Client sign-in by email link</Link>
      </p>
    </main>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { SubmitButton } from '../../_components/ui/submit-button';
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
      <main id="main" className="narrow">
        <h1>This sign-in link no longer works</h1>
        <p>Links work once and only for 15 minutes.</p>
        <Link className="button" href="/sign-in/link">
          Send me a new link
        </Link>
      </main>
    );
  }
  return (
    <main id="main" className="narrow">
      <h1>Welcome back</h1>
      <form action={signInWithLink} className="card">
        <input type="hidden" name="token" value={token} />
        <p>Press the button to finish signing in on this device.</p>
        <SubmitButton pendingLabel="Signing in…">Sign in to Ninefold</SubmitButton>
      </form>
    </main>
  );
}

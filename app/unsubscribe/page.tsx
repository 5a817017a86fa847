import type { Metadata } from 'next';
import Link from 'next/link';
import { readUnsubscribeToken } from '../../server/email/unsubscribe-token';
import { UnsubscribeForm } from './unsubscribe-form';

export const metadata: Metadata = { title: 'Unsubscribe', referrer: 'no-referrer', robots: 'noindex' };

/** Opening the link only reads the token; the button's POST unsubscribes, so mail scanners cannot. */
export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await searchParams;
  const link = typeof token === 'string' ? readUnsubscribeToken(token) : null;
  if (typeof token !== 'string' || !link) {
    return (
      <main id="main" className="narrow">
        <h1>This unsubscribe link does not work</h1>
        <p>It may have been cut short when it was copied. Nothing was changed.</p>
        <p>
          <Link href="/sign-in">Sign in</Link> and open <strong>Email notifications</strong> (in the menu, or
          on your home page) to choose which emails you get.
        </p>
      </main>
    );
  }
  return (
    <main id="main" className="narrow">
      <h1>Unsubscribe from these emails?</h1>
      <UnsubscribeForm token={token} category={link.category} />
    </main>
  );
}

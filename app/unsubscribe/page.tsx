import { MailX } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { readUnsubscribeToken } from '@/server/email/unsubscribe-token';
import { CenteredCard } from '../_components/centered-card';
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
      <CenteredCard
        icon={MailX}
        title="This unsubscribe link does not work"
        description="It may have been cut short when it was copied. Nothing was changed."
      >
        <p className="m-0">
          <Link href="/sign-in" className="underline">
            Sign in
          </Link>{' '}
          and open <strong>Email notifications</strong> (in the menu, or on your home page) to choose which
          emails you get.
        </p>
      </CenteredCard>
    );
  }
  return <UnsubscribeForm token={token} category={link.category} />;
}

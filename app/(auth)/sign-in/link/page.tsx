import type { Metadata } from 'next';
import Link from 'next/link';
import { RequestLinkForm } from './request-link-form';

export const metadata: Metadata = { title: 'Client sign-in' };

export default function RequestLinkPage() {
  return (
    <main id="main" className="narrow">
      <h1>Sign in with an email link</h1>
      <p className="muted">
        Enter the address your counselor invited. We will email you a link that signs you in.
      </p>
      <RequestLinkForm />
      <p>
        Staff? <Link href="/sign-in">Sign in with your password</Link>.
      </p>
    </main>
  );
}

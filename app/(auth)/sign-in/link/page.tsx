import { Mail } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { CenteredCard } from '@/app/_components/centered-card';
import { RequestLinkForm } from './request-link-form';

export const metadata: Metadata = { title: 'Client sign-in' };

export default function RequestLinkPage() {
  return (
    <CenteredCard
      icon={Mail}
      title="Sign in with an email link"
      description="Enter the address your counselor invited. We will email you a link that signs you in."
      footer={
        <p>
          Staff? <Link href="/sign-in">Sign in with your password</Link>.
        </p>
      }
    >
      <RequestLinkForm />
    </CenteredCard>
  );
}

'use client';
import { BellOff, MailCheck } from 'lucide-react';
import Link from 'next/link';
import { useActionState } from 'react';
import type { EmailCategory } from '@/server/email/unsubscribe-token';
import { CenteredCard } from '../_components/centered-card';
import { FormMessage } from '../_components/ui/form-message';
import { SubmitButton } from '../_components/ui/submit-button';
import { EMAIL_CATEGORY_LABELS } from '../_lib/email-categories';
import { unsubscribe } from './actions';
import type { UnsubscribeState } from './unsubscribe-state';

export function UnsubscribeForm({ token, category }: { token: string; category: EmailCategory }) {
  const [state, action] = useActionState(unsubscribe, {} as UnsubscribeState);
  const label = EMAIL_CATEGORY_LABELS[category];
  if (state.done) return <Unsubscribed category={state.done} />;
  return (
    <CenteredCard
      icon={BellOff}
      title="Unsubscribe from these emails?"
      description={
        <p>
          This stops <strong className="text-ink">{label.name.toLowerCase()}</strong>: {label.what}. Other
          emails, such as sign-in links, still arrive.
        </p>
      }
    >
      <form action={action}>
        <input type="hidden" name="token" value={token} />
        <FormMessage error={state.error} />
        <SubmitButton
          className="w-full"
          pendingLabel="Unsubscribing…"
        >{`Stop ${label.name.toLowerCase()}`}</SubmitButton>
      </form>
    </CenteredCard>
  );
}

/** The confirmation, with the way back: the same switch on the notifications page. */
export function Unsubscribed({ category }: { category: EmailCategory }) {
  return (
    <div role="status">
      <CenteredCard
        icon={MailCheck}
        title="You are unsubscribed"
        description={`We will not send you ${EMAIL_CATEGORY_LABELS[category].name.toLowerCase()} any more.`}
      >
        <p className="m-0 text-sm text-muted">
          Changed your mind?{' '}
          <Link href="/sign-in" className="underline">
            Sign in
          </Link>{' '}
          and open <strong className="text-ink">Email notifications</strong> (in the menu, or on your home
          page) to turn them back on.
        </p>
      </CenteredCard>
    </div>
  );
}

'use client';
import Link from 'next/link';
import { useActionState } from 'react';
import type { EmailCategory } from '../../server/email/unsubscribe-token';
import { SubmitButton } from '../_components/ui/submit-button';
import { EMAIL_CATEGORY_LABELS } from '../_lib/email-categories';
import { unsubscribe } from './actions';
import type { UnsubscribeState } from './unsubscribe-state';

export function UnsubscribeForm({ token, category }: { token: string; category: EmailCategory }) {
  const [state, action] = useActionState(unsubscribe, {} as UnsubscribeState);
  const label = EMAIL_CATEGORY_LABELS[category];
  if (state.done) return <Unsubscribed category={state.done} />;
  return (
    <form action={action} className="card">
      <input type="hidden" name="token" value={token} />
      {state.error ? (
        <p className="alert alert-error" role="alert">
          {state.error}
        </p>
      ) : null}
      <p>
        This stops <strong>{label.name.toLowerCase()}</strong>: {label.what}. Other emails, such as sign-in
        links, still arrive.
      </p>
      <SubmitButton pendingLabel="Unsubscribing…">{`Stop ${label.name.toLowerCase()}`}</SubmitButton>
    </form>
  );
}

/** The confirmation, with the way back: the same switch on the notifications page. */
export function Unsubscribed({ category }: { category: EmailCategory }) {
  return (
    <div className="card" role="status">
      <h2>You are unsubscribed</h2>
      <p>We will not send you {EMAIL_CATEGORY_LABELS[category].name.toLowerCase()} any more.</p>
      <p>
        Changed your mind? <Link href="/sign-in">Sign in</Link> and open <strong>Email notifications</strong>{' '}
        (in the menu, or on your home page) to turn them back on.
      </p>
    </div>
  );
}

import { Text } from '@react-email/components';
import { ActionButton } from '../components/action-button';
import { EmailLayout } from '../components/email-layout';
import { LinkFallback } from '../components/link-fallback';
import type { Discretion } from '../email-props';

/**
 * Someone used the sign-up form with an address that already has an account; only its owner learns
 * that. A client's copy has a discreet version, like every message to a client.
 */
type SignUpExistingEmailProps = Discretion & { url: string; kind: 'staff' | 'client' };

export const signUpExistingSubject = (p: SignUpExistingEmailProps) =>
  p.discreet
    ? 'Someone tried to create an account with your email'
    : 'Someone tried to sign up for Ninefold with your email';

export default function SignUpExistingEmail({ url, discreet }: SignUpExistingEmailProps) {
  return (
    <EmailLayout preview="You already have an account" discreet={discreet}>
      <Text>
        Someone asked to create a new {discreet ? '' : 'Ninefold '}account with this email address, but you
        already have one. If it was you, sign in instead.
      </Text>
      <ActionButton href={url} label={discreet ? 'Sign in' : 'Sign in to Ninefold'} />
      <LinkFallback href={url} />
      <Text>If it was not you, you can ignore this message: nothing was changed.</Text>
    </EmailLayout>
  );
}

export const previewProps = {
  url: 'http://localhost:3000/sign-in/link',
  kind: 'client',
} satisfies SignUpExistingEmailProps;

import { Text } from '@react-email/components';
import { ActionButton } from '../components/action-button';
import { EmailLayout } from '../components/email-layout';
import { LinkFallback } from '../components/link-fallback';

/** Someone used the sign-up form with an address that already has an account; only its owner learns that. */
export type SignUpExistingEmailProps = { url: string };

export const signUpExistingSubject = () => 'Someone tried to sign up for Ninefold with your email';

export default function SignUpExistingEmail({ url }: SignUpExistingEmailProps) {
  return (
    <EmailLayout preview="You already have an account">
      <Text>
        Someone asked to create a new Ninefold account with this email address, but you already have one. If
        it was you, sign in instead.
      </Text>
      <ActionButton href={url} label="Sign in to Ninefold" />
      <LinkFallback href={url} />
      <Text>If it was not you, you can ignore this message: nothing was changed.</Text>
    </EmailLayout>
  );
}

export const previewProps = { url: 'http://localhost:3000/sign-in' } satisfies SignUpExistingEmailProps;

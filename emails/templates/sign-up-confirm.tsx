import { Text } from '@react-email/components';
import { ActionButton } from '../components/action-button';
import { EmailLayout } from '../components/email-layout';
import { LinkFallback } from '../components/link-fallback';

/**
 * The link that finishes a sign-up. It names no practice or person: anyone can type any address
 * into the form, and what they type must not reach that inbox.
 */
type SignUpConfirmEmailProps = { url: string; expiresInMinutes: number };

export const signUpConfirmSubject = () => 'Confirm your email to finish signing up for Ninefold';

export default function SignUpConfirmEmail({ url, expiresInMinutes }: SignUpConfirmEmailProps) {
  return (
    <EmailLayout preview="One more step to create your practice">
      <Text>
        To finish creating your practice on Ninefold, open the link below and enter the password you chose.
        The link works once and expires in {expiresInMinutes} minutes.
      </Text>
      <ActionButton href={url} label="Finish signing up" />
      <LinkFallback href={url} />
      <Text>If you did not sign up, you can ignore this message: nothing is created without it.</Text>
    </EmailLayout>
  );
}

export const previewProps = {
  url: 'http://localhost:3000/sign-up/confirm?token=preview',
  expiresInMinutes: 60,
} satisfies SignUpConfirmEmailProps;

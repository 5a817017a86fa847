import { Link, Text } from '@react-email/components';
import { ActionButton } from '../components/action-button';
import { EmailLayout } from '../components/email-layout';

export type MagicLinkEmailProps = { url: string; expiresInMinutes: number };

export const magicLinkSubject = () => 'Your Ninefold sign-in link';

export default function MagicLinkEmail({ url, expiresInMinutes }: MagicLinkEmailProps) {
  return (
    <EmailLayout preview="Your sign-in link for Ninefold">
      <Text>
        Use the button below to sign in. The link works once and expires in {expiresInMinutes} minutes.
      </Text>
      <ActionButton href={url} label="Sign in to Ninefold" />
      <Text>
        Or paste this address into your browser: <Link href={url}>{url}</Link>
      </Text>
      <Text>If you did not ask for this, you can ignore this message.</Text>
    </EmailLayout>
  );
}

MagicLinkEmail.PreviewProps = {
  url: 'http://localhost:3000/magic?token=preview',
  expiresInMinutes: 15,
} satisfies MagicLinkEmailProps;

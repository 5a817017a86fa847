import { Text } from '@react-email/components';
import { ActionButton } from '../components/action-button';
import { EmailLayout } from '../components/email-layout';
import { LinkFallback } from '../components/link-fallback';
import type { Discretion } from '../email-props';

type MagicLinkEmailProps = Discretion & { url: string; expiresInMinutes: number };

export const magicLinkSubject = (p: MagicLinkEmailProps) =>
  p.discreet ? 'Your sign-in link' : 'Your Ninefold sign-in link';

export default function MagicLinkEmail({ url, expiresInMinutes, discreet }: MagicLinkEmailProps) {
  return (
    <EmailLayout
      preview={discreet ? 'Your sign-in link' : 'Your sign-in link for Ninefold'}
      discreet={discreet}
    >
      <Text>
        Use the button below to sign in. The link works once and expires in {expiresInMinutes} minutes.
      </Text>
      <ActionButton href={url} label={discreet ? 'Sign in' : 'Sign in to Ninefold'} />
      <LinkFallback href={url} />
      <Text>If you did not ask for this, you can ignore this message.</Text>
    </EmailLayout>
  );
}

export const previewProps = {
  url: 'http://localhost:3000/magic?token=preview',
  expiresInMinutes: 15,
} satisfies MagicLinkEmailProps;

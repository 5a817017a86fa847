import { Text } from '@react-email/components';
import { ActionButton } from '../components/action-button';
import { EmailLayout } from '../components/email-layout';
import { LinkFallback } from '../components/link-fallback';
import type { Discretion } from '../email-props';

/** One template for both invitations: a counselor joining the team, or a partner joining their couple. */
type InvitationEmailProps = Discretion & {
  url: string;
  practiceName: string;
  inviterName: string;
  kind: 'staff' | 'client';
  expiresInDays: number;
};

export const invitationSubject = (p: InvitationEmailProps) =>
  p.discreet ? 'You are invited to create an account' : `You're invited to ${p.practiceName} on Ninefold`;

export default function InvitationEmail({
  url,
  practiceName,
  inviterName,
  kind,
  expiresInDays,
  discreet,
}: InvitationEmailProps) {
  const what = discreet
    ? 'You have been invited to create an account. Use the button below to accept.'
    : kind === 'staff'
      ? `${inviterName} invited you to join the team at ${practiceName}, to work with your couples between sessions on Ninefold.`
      : `${inviterName} at ${practiceName} set up a private space for you on Ninefold, for the exercises you and your partner do between sessions.`;
  return (
    <EmailLayout
      preview={discreet ? 'Your invitation is waiting' : `Invitation from ${practiceName}`}
      practiceName={practiceName}
      discreet={discreet}
    >
      <Text>{what}</Text>
      <ActionButton href={url} label="Accept the invitation" />
      <LinkFallback href={url} />
      <Text>The invitation expires in {expiresInDays} days.</Text>
      {discreet ? <Text>If you were not expecting it, you can ignore this message.</Text> : null}
    </EmailLayout>
  );
}

export const previewProps = {
  url: 'http://localhost:3000/invite?token=preview',
  practiceName: 'Harbor Counseling',
  inviterName: 'Dana Whitfield',
  kind: 'client',
  expiresInDays: 7,
} satisfies InvitationEmailProps;

import { Link, Text } from '@react-email/components';
import { ActionButton } from '../components/action-button';
import { EmailLayout } from '../components/email-layout';

export type InvitationEmailProps = {
  url: string;
  practiceName: string;
  inviterName: string;
  kind: 'staff' | 'client';
  expiresInDays: number;
};

export const invitationSubject = (p: InvitationEmailProps) =>
  `You're invited to ${p.practiceName} on Ninefold`;

export default function InvitationEmail({
  url,
  practiceName,
  inviterName,
  kind,
  expiresInDays,
}: InvitationEmailProps) {
  const what =
    kind === 'staff'
      ? `${inviterName} invited you to join the team at ${practiceName}.`
      : `${inviterName} at ${practiceName} set up a private space for you on Ninefold.`;
  return (
    <EmailLayout preview={`Invitation from ${practiceName}`}>
      <Text>{what}</Text>
      <ActionButton href={url} label="Accept the invitation" />
      <Text>
        Or paste this address into your browser: <Link href={url}>{url}</Link>
      </Text>
      <Text>The invitation expires in {expiresInDays} days.</Text>
    </EmailLayout>
  );
}

InvitationEmail.PreviewProps = {
  url: 'http://localhost:3000/invite?token=preview',
  practiceName: 'Harbor Counseling',
  inviterName: 'Dana Whitfield',
  kind: 'client',
  expiresInDays: 7,
} satisfies InvitationEmailProps;

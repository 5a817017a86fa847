import { Text } from '@react-email/components';
import { ActionButton } from '../components/action-button';
import { EmailLayout } from '../components/email-layout';
import { LinkFallback } from '../components/link-fallback';
import type { ClientNudge } from '../email-props';

type SessionReminderEmailProps = ClientNudge & {
  startsAt: Date;
  /** The recipient's IANA time zone, so the time reads as their clock shows it. */
  timeZone: string;
  /** Where an in-person session happens: the practice's office, or the place it was booked at. */
  address?: string;
};

const when = ({ startsAt, timeZone }: SessionReminderEmailProps) =>
  new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(startsAt);

export const sessionReminderSubject = (p: SessionReminderEmailProps) =>
  p.discreet
    ? 'A reminder about your appointment tomorrow'
    : `Reminder: your session with ${p.practiceName} is tomorrow`;

export default function SessionReminderEmail(props: SessionReminderEmailProps) {
  const { practiceName, recipientName, url, discreet } = props;
  const what = discreet ? 'Your appointment' : `Your session with ${practiceName}`;
  return (
    <EmailLayout
      preview={`${discreet ? 'Your appointment' : 'Your session'} is on ${when(props)}`}
      practiceName={practiceName}
      discreet={discreet}
      unsubscribeUrl={props.unsubscribeUrl}
    >
      <Text>Hi {recipientName},</Text>
      <Text>
        {what} is on {when(props)}.
      </Text>
      {props.address ? <Text>Address: {props.address}</Text> : null}
      <ActionButton href={url} label={discreet ? 'See the details' : 'See your session details'} />
      <LinkFallback href={url} />
    </EmailLayout>
  );
}

export const previewProps = {
  practiceName: 'Harbor Counseling',
  recipientName: 'Alex',
  url: 'http://localhost:3000/portal/00000000-0000-4000-8000-000000000001',
  startsAt: new Date('2026-11-26T20:00:00Z'),
  timeZone: 'America/New_York',
  address: '12 Elm Street, Suite 4, Portland, OR 97201',
} satisfies SessionReminderEmailProps;

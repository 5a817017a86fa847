import { Text } from '@react-email/components';
import { ActionButton } from '../components/action-button';
import { EmailLayout } from '../components/email-layout';
import { LinkFallback } from '../components/link-fallback';
import { type ClientNudge, plural } from '../email-props';

type HomeworkOverdueEmailProps = ClientNudge & { exerciseCount: number };

export const homeworkOverdueSubject = (p: HomeworkOverdueEmailProps) =>
  p.discreet ? 'Something is still waiting for you' : 'Homework is still waiting for you';

export default function HomeworkOverdueEmail({
  practiceName,
  recipientName,
  unsubscribeUrl,
  url,
  exerciseCount,
  discreet,
}: HomeworkOverdueEmailProps) {
  const one = exerciseCount === 1;
  return (
    <EmailLayout
      preview="It is not too late to pick it up"
      practiceName={practiceName}
      discreet={discreet}
      unsubscribeUrl={unsubscribeUrl}
    >
      <Text>Hi {recipientName},</Text>
      <Text>
        {plural(exerciseCount, discreet ? 'item' : 'exercise')}
        {discreet ? '' : ` from ${practiceName}`} passed {one ? 'its' : 'their'} due date. It still counts:
        you can open {one ? 'it' : 'them'} and finish whenever you are ready.
      </Text>
      <ActionButton href={url} label={discreet ? 'See what is waiting' : 'Open your homework'} />
      <LinkFallback href={url} />
    </EmailLayout>
  );
}

export const previewProps = {
  practiceName: 'Harbor Counseling',
  recipientName: 'Alex',
  url: 'http://localhost:3000/portal/00000000-0000-4000-8000-000000000001',
  exerciseCount: 2,
} satisfies HomeworkOverdueEmailProps;

import { Text } from '@react-email/components';
import { ActionButton } from '../components/action-button';
import { EmailLayout } from '../components/email-layout';
import { LinkFallback } from '../components/link-fallback';
import { type ClientNudge, plural } from '../email-props';

type HomeworkAssignedEmailProps = ClientNudge & { exerciseCount: number };

export const homeworkAssignedSubject = (p: HomeworkAssignedEmailProps) =>
  p.discreet ? 'You have something new waiting' : `New homework from ${p.practiceName}`;

export default function HomeworkAssignedEmail({
  practiceName,
  recipientName,
  unsubscribeUrl,
  url,
  exerciseCount,
  discreet,
}: HomeworkAssignedEmailProps) {
  return (
    <EmailLayout
      preview="Something new is waiting for you"
      practiceName={practiceName}
      discreet={discreet}
      unsubscribeUrl={unsubscribeUrl}
    >
      <Text>Hi {recipientName},</Text>
      {discreet ? (
        <Text>You have {plural(exerciseCount, 'new item')} waiting for you.</Text>
      ) : (
        <Text>
          Your counselor at {practiceName} has given you {plural(exerciseCount, 'new exercise')} to work on
          before your next session.
        </Text>
      )}
      <ActionButton href={url} label={discreet ? 'See what is new' : 'Open your homework'} />
      <LinkFallback href={url} />
    </EmailLayout>
  );
}

export const previewProps = {
  practiceName: 'Harbor Counseling',
  recipientName: 'Alex',
  url: 'http://localhost:3000/portal/00000000-0000-4000-8000-000000000001',
  exerciseCount: 2,
} satisfies HomeworkAssignedEmailProps;

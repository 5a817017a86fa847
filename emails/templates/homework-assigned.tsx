import { Text } from '@react-email/components';
import { ActionButton } from '../components/action-button';
import { EmailLayout } from '../components/email-layout';
import { LinkFallback } from '../components/link-fallback';
import { type NudgeBase, plural } from '../email-props';

export type HomeworkAssignedEmailProps = NudgeBase & { exerciseCount: number };

export const homeworkAssignedSubject = (p: HomeworkAssignedEmailProps) =>
  `New homework from ${p.practiceName}`;

export default function HomeworkAssignedEmail({
  practiceName,
  recipientName,
  unsubscribeUrl,
  url,
  exerciseCount,
}: HomeworkAssignedEmailProps) {
  return (
    <EmailLayout
      preview="Something new is waiting for you"
      practiceName={practiceName}
      unsubscribeUrl={unsubscribeUrl}
    >
      <Text>Hi {recipientName},</Text>
      <Text>
        Your counselor at {practiceName} has given you {plural(exerciseCount, 'new exercise')} to work on
        before your next session.
      </Text>
      <ActionButton href={url} label="Open your homework" />
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

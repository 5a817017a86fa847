import { Text } from '@react-email/components';
import { ActionButton } from '../components/action-button';
import { EmailLayout } from '../components/email-layout';
import { LinkFallback } from '../components/link-fallback';
import { type NudgeBase, plural } from '../email-props';

export type HomeworkOverdueEmailProps = NudgeBase & { exerciseCount: number };

export const homeworkOverdueSubject = () => 'Homework is still waiting for you';

export default function HomeworkOverdueEmail({
  practiceName,
  recipientName,
  unsubscribeUrl,
  url,
  exerciseCount,
}: HomeworkOverdueEmailProps) {
  return (
    <EmailLayout
      preview="It is not too late to pick it up"
      practiceName={practiceName}
      unsubscribeUrl={unsubscribeUrl}
    >
      <Text>Hi {recipientName},</Text>
      <Text>
        {plural(exerciseCount, 'exercise')} from {practiceName} passed {exerciseCount === 1 ? 'its' : 'their'}{' '}
        due date. It still counts: you can open {exerciseCount === 1 ? 'it' : 'them'} and finish whenever you
        are ready.
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
} satisfies HomeworkOverdueEmailProps;

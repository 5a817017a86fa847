import { Text } from '@react-email/components';
import { ActionButton } from '../components/action-button';
import { EmailLayout } from '../components/email-layout';
import { LinkFallback } from '../components/link-fallback';
import { type NudgeBase, plural } from '../email-props';

export type HomeworkDueTomorrowEmailProps = NudgeBase & { exerciseCount: number };

export const homeworkDueTomorrowSubject = () => 'Your homework is due tomorrow';

export default function HomeworkDueTomorrowEmail({
  practiceName,
  recipientName,
  unsubscribeUrl,
  url,
  exerciseCount,
}: HomeworkDueTomorrowEmailProps) {
  return (
    <EmailLayout
      preview="A gentle reminder before tomorrow"
      practiceName={practiceName}
      unsubscribeUrl={unsubscribeUrl}
    >
      <Text>Hi {recipientName},</Text>
      <Text>
        You have {plural(exerciseCount, 'exercise')} from {practiceName} due tomorrow. A few quiet minutes
        today is plenty.
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
  exerciseCount: 1,
} satisfies HomeworkDueTomorrowEmailProps;

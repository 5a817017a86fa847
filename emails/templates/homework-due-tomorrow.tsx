import { Text } from '@react-email/components';
import { ActionButton } from '../components/action-button';
import { EmailLayout } from '../components/email-layout';
import { LinkFallback } from '../components/link-fallback';
import { type ClientNudge, plural } from '../email-props';

type HomeworkDueTomorrowEmailProps = ClientNudge & { exerciseCount: number };

export const homeworkDueTomorrowSubject = (p: HomeworkDueTomorrowEmailProps) =>
  p.discreet ? 'A reminder for tomorrow' : 'Your homework is due tomorrow';

export default function HomeworkDueTomorrowEmail({
  practiceName,
  recipientName,
  unsubscribeUrl,
  url,
  exerciseCount,
  discreet,
}: HomeworkDueTomorrowEmailProps) {
  return (
    <EmailLayout
      preview="A gentle reminder before tomorrow"
      practiceName={practiceName}
      discreet={discreet}
      unsubscribeUrl={unsubscribeUrl}
    >
      <Text>Hi {recipientName},</Text>
      <Text>
        {discreet
          ? `You have ${plural(exerciseCount, 'item')} due tomorrow.`
          : `You have ${plural(exerciseCount, 'exercise')} from ${practiceName} due tomorrow.`}{' '}
        A few quiet minutes today is plenty.
      </Text>
      <ActionButton href={url} label={discreet ? 'See what is due' : 'Open your homework'} />
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

import { Text } from '@react-email/components';
import { ActionButton } from '../components/action-button';
import { EmailLayout } from '../components/email-layout';
import { LinkFallback } from '../components/link-fallback';
import type { NudgeBase } from '../email-props';

type TrialEndingEmailProps = NudgeBase & { trialEndsAt: Date; timeZone: string };

const endDate = ({ trialEndsAt, timeZone }: TrialEndingEmailProps) =>
  new Intl.DateTimeFormat('en-US', { timeZone, month: 'long', day: 'numeric', year: 'numeric' }).format(
    trialEndsAt,
  );

export const trialEndingSubject = (p: TrialEndingEmailProps) =>
  `${p.practiceName}'s Ninefold trial ends on ${endDate(p)}`;

export default function TrialEndingEmail(props: TrialEndingEmailProps) {
  const { practiceName, recipientName, url } = props;
  return (
    <EmailLayout preview="Choose a plan to keep going" practiceName={practiceName}>
      <Text>Hi {recipientName},</Text>
      <Text>
        The free trial for {practiceName} ends on {endDate(props)}. Choose a plan before then and your
        counselors and couples carry on without a break.
      </Text>
      <ActionButton href={url} label="Choose a plan" />
      <LinkFallback href={url} />
    </EmailLayout>
  );
}

export const previewProps = {
  practiceName: 'Harbor Counseling',
  recipientName: 'Dana',
  url: 'http://localhost:3000/p/00000000-0000-4000-8000-000000000001',
  trialEndsAt: new Date('2026-12-02T12:00:00Z'),
  timeZone: 'America/New_York',
} satisfies TrialEndingEmailProps;

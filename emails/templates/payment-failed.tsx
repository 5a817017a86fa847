import { Text } from '@react-email/components';
import { ActionButton } from '../components/action-button';
import { EmailLayout } from '../components/email-layout';
import { LinkFallback } from '../components/link-fallback';
import type { NudgeBase } from '../email-props';

type PaymentFailedEmailProps = NudgeBase;

export const paymentFailedSubject = (p: PaymentFailedEmailProps) =>
  `Action needed: payment for ${p.practiceName} did not go through`;

export default function PaymentFailedEmail({ practiceName, recipientName, url }: PaymentFailedEmailProps) {
  return (
    <EmailLayout preview="Please update your payment details" practiceName={practiceName}>
      <Text>Hi {recipientName},</Text>
      <Text>
        We could not collect the latest payment for {practiceName}'s Ninefold subscription. Everyone can keep
        working for now; please update the payment details so nothing is interrupted.
      </Text>
      <ActionButton href={url} label="Update payment details" />
      <LinkFallback href={url} />
    </EmailLayout>
  );
}

export const previewProps = {
  practiceName: 'Harbor Counseling',
  recipientName: 'Dana',
  url: 'http://localhost:3000/p/00000000-0000-4000-8000-000000000001',
} satisfies PaymentFailedEmailProps;

import { Text } from '@react-email/components';
import { ActionButton } from '../components/action-button';
import { EmailLayout } from '../components/email-layout';
import { LinkFallback } from '../components/link-fallback';
import type { NudgeBase } from '../email-props';

/**
 * Nothing about what happened, or to whom: a partner's safety answers never go into email (DESIGN.md).
 * The counselor learns there is something to see, and sees it after signing in.
 */
type AttentionNeededEmailProps = NudgeBase;

export const attentionNeededSubject = (p: AttentionNeededEmailProps) =>
  `Something in ${p.practiceName} needs your attention`;

export default function AttentionNeededEmail({
  practiceName,
  recipientName,
  url,
}: AttentionNeededEmailProps) {
  return (
    <EmailLayout preview="Please sign in to Ninefold when you can" practiceName={practiceName}>
      <Text>Hi {recipientName},</Text>
      <Text>
        Something on your caseload needs your attention. Please sign in to Ninefold as soon as you can; the
        details are there.
      </Text>
      <ActionButton href={url} label="Open your caseload" />
      <LinkFallback href={url} />
    </EmailLayout>
  );
}

export const previewProps = {
  practiceName: 'Harbor Counseling',
  recipientName: 'Priya',
  url: 'http://localhost:3000/p/00000000-0000-4000-8000-000000000001/caseload',
} satisfies AttentionNeededEmailProps;

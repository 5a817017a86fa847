import { Text } from '@react-email/components';
import { ActionButton } from '../components/action-button';
import { EmailLayout } from '../components/email-layout';
import { LinkFallback } from '../components/link-fallback';
import { type NudgeBase, plural } from '../email-props';

/** Counts only: which couple did what stays in the app, behind sign-in. */
type CounselorDigestEmailProps = NudgeBase & {
  completions: number;
  overdue: number;
  unsignedNotes: number;
};

export const counselorDigestSubject = (p: CounselorDigestEmailProps) =>
  `Your daily summary for ${p.practiceName}`;

export default function CounselorDigestEmail({
  practiceName,
  recipientName,
  unsubscribeUrl,
  url,
  completions,
  overdue,
  unsignedNotes,
}: CounselorDigestEmailProps) {
  return (
    <EmailLayout
      preview="Your caseload at a glance"
      practiceName={practiceName}
      unsubscribeUrl={unsubscribeUrl}
    >
      <Text>Hi {recipientName},</Text>
      <Text>Since yesterday on your caseload:</Text>
      <ul>
        <li>{plural(completions, 'exercise')} completed</li>
        <li>{plural(overdue, 'exercise')} overdue</li>
        <li>{plural(unsignedNotes, 'session note')} waiting for your signature</li>
      </ul>
      <ActionButton href={url} label="Open your dashboard" />
      <LinkFallback href={url} />
    </EmailLayout>
  );
}

export const previewProps = {
  practiceName: 'Harbor Counseling',
  recipientName: 'Dana',
  url: 'http://localhost:3000/p/00000000-0000-4000-8000-000000000001/caseload',
  completions: 5,
  overdue: 2,
  unsignedNotes: 1,
} satisfies CounselorDigestEmailProps;

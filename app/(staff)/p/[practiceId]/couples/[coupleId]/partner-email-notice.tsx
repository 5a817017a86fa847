// Tells the counselor that Ninefold has stopped mailing a partner, and what to do about it.
import { Alert } from '@/app/_components/ui/alert';
import { formatCalendarDate } from '@/app/_lib/calendar-date';

export type EmailSuppression = { reason: 'bounce' | 'complaint'; since: string };

function partnerEmailNoticeText(suppression: EmailSuppression): string {
  const day = formatCalendarDate(suppression.since);
  return suppression.reason === 'bounce'
    ? `Emails to this address bounced on ${day}, so Ninefold has stopped sending to it. Check the address with them.`
    : `An email to this address was reported as spam on ${day}, so Ninefold has stopped sending to it. Ask them how they would like to hear from you.`;
}

export function PartnerEmailNotice({ suppression }: { suppression: EmailSuppression }) {
  return (
    <Alert tone="warning" role="note" className="mt-2">
      <p>{partnerEmailNoticeText(suppression)}</p>
    </Alert>
  );
}

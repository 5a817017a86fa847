import {
  CircleCheck,
  type LucideIcon,
  MailWarning,
  NotebookPen,
  ShieldAlert,
  UserRoundCheck,
  UserRoundX,
} from 'lucide-react';
import Link from 'next/link';
import { Card, CardHeader, CardTitle } from '@/app/_components/ui/card';
import { cn } from '@/app/_components/ui/cn';
import type { THomeworkItem } from '@/app/_lib/router-types';
import { hasSubmission } from '../_homework/homework-status';
import type { TCoupleRecord } from '../_record/couple-record';

type Attention = {
  key: string;
  icon: LucideIcon;
  text: string;
  href: string;
  link: string;
  urgent?: boolean;
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What is waiting on the counselor for this couple, most urgent first, each with where to do it. */
function attentionItems(record: TCoupleRecord, homework: THomeworkItem[], base: string): Attention[] {
  const { safety, sessions, couple } = record;
  const items: Attention[] = [];
  if (safety.openFlags > 0)
    items.push({
      key: 'flags',
      icon: ShieldAlert,
      text: `${plural(safety.openFlags, 'safety check-in needs', 'safety check-ins need')} your response.`,
      href: `${base}/safety`,
      link: 'Check-ins, flags and safety hold',
      urgent: true,
    });
  if (safety.hold)
    items.push({
      key: 'hold',
      icon: ShieldAlert,
      text: 'Joint work is paused by a safety hold.',
      href: `${base}/safety`,
      link: 'Review the hold',
      urgent: true,
    });
  const awaiting = sessions.past.filter((s) => s.status === 'scheduled' && s.canRecordAttendance).length;
  if (awaiting > 0)
    items.push({
      key: 'attendance',
      icon: UserRoundCheck,
      text: `Attendance not recorded for ${plural(awaiting, 'session', 'sessions')}.`,
      href: `${base}/sessions`,
      link: 'Record attendance',
    });
  const unsigned = sessions.past.filter((s) => s.status === 'attended' && !s.note?.signedAt).length;
  if (unsigned > 0)
    items.push({
      key: 'notes',
      icon: NotebookPen,
      text: `${plural(unsigned, 'session note', 'session notes')} to write or sign.`,
      href: `${base}/sessions`,
      link: 'Go to sessions',
    });
  const toReview = homework.filter((h) => !h.cancelledAt && !h.reviewedAt && hasSubmission(h)).length;
  if (toReview > 0)
    items.push({
      key: 'review',
      icon: NotebookPen,
      text: `${plural(toReview, 'homework has', 'homework items have')} answers to review.`,
      href: `${base}/homework`,
      link: 'Review homework',
    });
  for (const partner of couple.partners) {
    if (partner.emailSuppression)
      items.push({
        key: `email-${partner.id}`,
        icon: MailWarning,
        text: `Emails to ${partner.displayName} have stopped.`,
        href: '#partners-heading',
        link: 'See why',
      });
    else if (!partner.joined)
      items.push({
        key: `joined-${partner.id}`,
        icon: UserRoundX,
        text: `${partner.displayName} has not joined the portal${partner.invitationExpiresAt ? ' yet' : ': the invitation expired'}.`,
        href: '#partners-heading',
        link: 'See partners',
      });
  }
  return items;
}

export function AttentionCard({
  record,
  homework,
  base,
}: {
  record: TCoupleRecord;
  homework: THomeworkItem[];
  base: string;
}) {
  const items = attentionItems(record, homework, base);
  return (
    <Card aria-labelledby="attention-heading">
      <CardHeader>
        <CardTitle id="attention-heading">Needs your attention</CardTitle>
      </CardHeader>
      {items.length === 0 ? (
        <p className="m-0 flex items-center gap-2 text-sm text-muted">
          <CircleCheck aria-hidden className="size-4 text-success-700" />
          Nothing is waiting on you for this couple.
        </p>
      ) : (
        <ul className="m-0 list-none space-y-3 p-0">
          {items.map(({ key, icon: Icon, text, href, link, urgent }) => (
            <li key={key} className="flex gap-3">
              <Icon
                aria-hidden
                className={cn('mt-0.5 size-5 shrink-0', urgent ? 'text-danger-700' : 'text-warning-700')}
              />
              <span className="text-sm">
                <span className={urgent ? 'font-semibold text-danger-700' : undefined}>{text}</span>{' '}
                <Link href={href} className="underline">
                  {link}
                </Link>
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

import { Inbox } from 'lucide-react';
import Link from 'next/link';
import { Card, CardDescription, CardHeader, CardTitle } from '@/app/_components/ui/card';
import type { THomeworkItem, THomeworkPartner } from '@/app/_lib/router-types';
import { formatDay } from '@/app/_lib/session-time';

const SHARED = {
  private: 'kept private',
  counselor: 'shared with you',
  couple: 'shared with both of you',
} as const;

type Sent = {
  key: string;
  title: string;
  assignmentId: string;
  at: Date;
  visibility: keyof typeof SHARED | null;
};

/** What each partner (and the two together) sent after `since`, newest first. */
function sentSince(items: THomeworkItem[], since: Date | null, partnerId: string | null): Sent[] {
  return items
    .flatMap((item) =>
      item.slots
        .filter((s) => s.partnerId === partnerId && s.status === 'submitted' && s.submittedAt)
        .filter((s) => !since || (s.submittedAt as Date) > since)
        .map((s) => ({
          key: `${item.id}-${partnerId ?? 'together'}`,
          title: item.title,
          assignmentId: item.id,
          at: s.submittedAt as Date,
          visibility: s.visibility,
        })),
    )
    .sort((a, b) => b.at.getTime() - a.at.getTime());
}

export function SinceLastSessionCard({
  items,
  partners,
  since,
  sinceLabel,
  homeworkHref,
  timeZone,
}: {
  items: THomeworkItem[];
  partners: THomeworkPartner[];
  since: Date | null;
  sinceLabel: string;
  homeworkHref: string;
  timeZone: string;
}) {
  const together = sentSince(items, since, null);
  const columns = [
    ...partners.map((p) => ({ id: p.id, name: p.displayName, sent: sentSince(items, since, p.id) })),
    ...(together.length > 0 ? [{ id: 'together', name: 'Together', sent: together }] : []),
  ];
  return (
    <Card aria-labelledby="since-heading">
      <CardHeader className="mb-3 block">
        <CardTitle id="since-heading">What each partner sent</CardTitle>
        <CardDescription>{sinceLabel}</CardDescription>
      </CardHeader>
      <div className="grid gap-4 sm:grid-cols-2">
        {columns.map((column) => (
          <section key={column.id} aria-label={`Sent by ${column.name}`} className="min-w-0">
            <h3 className="m-0 mb-2 text-sm font-semibold">{column.name}</h3>
            {column.sent.length === 0 ? (
              <p className="m-0 flex items-center gap-2 text-sm text-muted">
                <Inbox aria-hidden className="size-4" />
                Nothing sent yet.
              </p>
            ) : (
              <ul className="m-0 list-none space-y-2 p-0">
                {column.sent.map((sent) => (
                  <li key={sent.key} className="text-sm">
                    <Link href={`${homeworkHref}#homework-${sent.assignmentId}`} className="font-medium">
                      {sent.title}
                    </Link>
                    <span className="block text-muted">
                      {formatDay(sent.at, timeZone)}
                      {sent.visibility ? ` · ${SHARED[sent.visibility]}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </Card>
  );
}

import { ChevronRight, ClipboardList } from 'lucide-react';
import Link from 'next/link';
import { DueDate } from '@/app/_components/homework/due-date';
import { Badge } from '@/app/_components/ui/badge';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { KIND_LABELS } from '@/app/_lib/homework-labels';
import type { RouterOutputs } from '@/app/_lib/router-types';
import { BEHAVIOR_LABELS } from '@/server/services/homework/behavior-labels';
import { type SlotStatus, STATUS_LABELS } from './homework-status';
import { SectionHeading } from './section-heading';

type Item = RouterOutputs['portal']['homework']['list']['items'][number];

const STATUS_TONES = {
  'not-started': 'neutral',
  draft: 'warning',
  submitted: 'success',
} as const satisfies Record<SlotStatus, string>;

/** The homework open this week, each a card that opens it. */
export function ThisWeek({
  practiceId,
  items,
  partnerFirstName,
}: {
  practiceId: string;
  items: Item[];
  partnerFirstName: string | undefined;
}) {
  const open = items.filter((item) => item.myStatus !== 'submitted').length;
  return (
    <section aria-labelledby="week-heading">
      <SectionHeading id="week-heading" aside={items.length > 0 ? `${open} still to do` : undefined}>
        This week
      </SectionHeading>
      {items.length === 0 ? (
        <EmptyState icon={ClipboardList} title="Nothing to do right now">
          <p>Your counselor will add exercises here after your next session.</p>
        </EmptyState>
      ) : (
        <ul aria-labelledby="week-heading" className="m-0 grid list-none gap-3 p-0">
          {items.map((item) => (
            <li
              key={item.id}
              className="relative rounded-lg border border-line bg-surface p-4 shadow-card transition-colors hover:border-brand-300 has-[a:focus-visible]:outline-3 has-[a:focus-visible]:outline-focus"
            >
              <div className="flex items-start gap-3">
                <div className="min-w-0 flex-1">
                  <h3 className="m-0 text-base font-semibold">
                    {/* The whole card opens the homework; the link's name stays its title. */}
                    <Link
                      href={`/portal/${practiceId}/homework/${item.id}`}
                      className="text-ink no-underline after:absolute after:inset-0 after:rounded-lg focus-visible:outline-none"
                    >
                      {item.title}
                    </Link>
                  </h3>
                  <p className="m-0 mt-0.5 text-sm text-muted">
                    {BEHAVIOR_LABELS[item.behavior].name} · {KIND_LABELS[item.kind]}
                    {item.participation === 'together' ? ' · together' : ''}
                  </p>
                </div>
                <ChevronRight aria-hidden className="mt-0.5 size-5 shrink-0 text-muted" />
              </div>
              <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
                <span className="text-muted">
                  <DueDate dueOn={item.dueOn} open={item.myStatus !== 'submitted'} />
                </span>
                <Badge tone={STATUS_TONES[item.myStatus]}>You: {STATUS_LABELS[item.myStatus]}</Badge>
                {item.partnerStatus && partnerFirstName ? (
                  <Badge tone={STATUS_TONES[item.partnerStatus]}>
                    {partnerFirstName}: {STATUS_LABELS[item.partnerStatus]}
                  </Badge>
                ) : null}
                {item.reviewedAt ? <Badge tone="brand">Reviewed</Badge> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

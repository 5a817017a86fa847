import type { ReactNode } from 'react';
import { cn } from '@/app/_components/ui/cn';

/** Label and value pairs, one a row, the way a receipt reads. */
export function SummaryList({
  rows,
  className,
}: {
  rows: { label: ReactNode; value: ReactNode; strong?: boolean }[];
  className?: string;
}) {
  return (
    <dl className={cn('m-0 divide-y divide-line text-sm', className)}>
      {rows.map((row, index) => (
        <div
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered
          key={index}
          className={cn(
            'flex justify-between gap-4 py-2.5',
            row.strong && 'text-base font-semibold text-ink',
          )}
        >
          <dt className={row.strong ? 'text-ink' : 'text-muted'}>{row.label}</dt>
          <dd className="m-0 text-right text-ink">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { cn } from './cn';

export type Column<Row> = {
  key: string;
  /** The column's heading; also the label in front of the value on a phone. */
  header: string;
  cell: (row: Row) => ReactNode;
  className?: string;
  /** Sorting by this column: a link to the sorted page, and the current direction if sorted by it. */
  sort?: { href: string; direction?: 'ascending' | 'descending' };
};

/**
 * A table on a desk, labelled cards on a phone (each value with its column's heading in front).
 * The heading row stays in view while the table scrolls. Works in server and client components.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  className,
}: {
  caption: ReactNode;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  empty?: ReactNode;
  className?: string;
}) {
  if (rows.length === 0 && empty) return <>{empty}</>;
  return (
    <table className={cn('w-full border-separate border-spacing-0 text-sm max-md:block', className)}>
      <caption className="sr-only">{caption}</caption>
      <thead className="max-md:sr-only">
        <tr>
          {columns.map((column) => (
            <th
              key={column.key}
              scope="col"
              aria-sort={column.sort?.direction}
              className={cn(
                'sticky top-0 z-10 border-y border-line bg-paper px-3 py-2.5 text-left text-xs font-semibold tracking-wide text-muted uppercase first:rounded-tl-md first:border-l last:rounded-tr-md last:border-r',
                column.className,
              )}
            >
              {column.sort ? <SortLink header={column.header} {...column.sort} /> : column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="max-md:flex max-md:flex-col max-md:gap-3">
        {rows.map((row) => (
          <tr
            key={rowKey(row)}
            className="bg-surface max-md:block max-md:rounded-lg max-md:border max-md:border-line max-md:p-4 max-md:shadow-card md:hover:bg-brand-50/40"
          >
            {columns.map((column) => (
              <td
                key={column.key}
                data-label={column.header}
                className={cn(
                  'border-b border-line px-3 py-3 align-top first:border-l last:border-r max-md:flex max-md:first:border-l-0 max-md:last:border-r-0 max-md:gap-3 max-md:border-0 max-md:px-0 max-md:py-1 max-md:before:w-32 max-md:before:shrink-0 max-md:before:text-xs max-md:before:font-semibold max-md:before:text-muted max-md:before:uppercase max-md:before:content-[attr(data-label)]',
                  column.className,
                )}
              >
                <div className="min-w-0">{column.cell(row)}</div>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SortLink({ header, href, direction }: { header: string; href: string; direction?: string }) {
  const Icon = direction === 'ascending' ? ArrowUp : direction === 'descending' ? ArrowDown : ArrowUpDown;
  return (
    <Link href={href} className="inline-flex items-center gap-1 text-muted no-underline hover:text-ink">
      {header}
      <Icon aria-hidden className={cn('size-3.5', direction ? 'text-brand-700' : 'opacity-60')} />
    </Link>
  );
}

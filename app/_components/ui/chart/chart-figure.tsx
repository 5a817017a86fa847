'use client';
// A chart with its title and legend, and the same figures as a table behind a button, for anyone
// who would rather read numbers, and for screen readers and keyboards. The only chart piece that
// runs in the browser: the chart, legend and table come in drawn by the server.
import { Table2 } from 'lucide-react';
import { type ReactNode, useId, useState } from 'react';

// A plain button styled like Button's small ghost variant: Button's class merging (tailwind-merge)
// would add ~10 KB to a portal page that otherwise sends none of it.
const toggleClass =
  '-mr-2 inline-flex min-h-9 cursor-pointer items-center justify-center gap-2 rounded-md px-3 text-sm font-semibold text-brand-700 transition-colors hover:bg-brand-50 [&_svg]:size-4 [&_svg]:shrink-0';

export function ChartFigure({
  title,
  context,
  legend,
  chart,
  table,
}: {
  title: string;
  /** What the chart belongs to, added to the button's name for screen readers (many charts share a page). */
  context?: string;
  legend?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
}) {
  const [showTable, setShowTable] = useState(false);
  const id = useId();
  const tableId = `${id}-table`;
  return (
    <figure aria-labelledby={`${id}-title`} className="m-0 flex min-w-0 flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-x-3">
        <h4 id={`${id}-title`} className="m-0 text-sm font-semibold text-ink">
          {title}
        </h4>
        <button
          type="button"
          className={toggleClass}
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((shown) => !shown)}
        >
          <Table2 aria-hidden />
          {showTable ? 'Hide table' : 'Show as table'}
          <span className="sr-only">
            : {title}
            {context ? `, ${context}` : ''}
          </span>
        </button>
      </div>
      {legend}
      {chart}
      <div id={tableId} hidden={!showTable}>
        {table}
      </div>
    </figure>
  );
}

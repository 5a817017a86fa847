// A chart's figures as a small table: the accessible, exact version of what the chart draws.
import type { ReactNode } from 'react';

type ChartTableRow = { key: string; header: ReactNode; cells: ReactNode[] };

export function ChartTable({
  caption,
  columns,
  rows,
  empty = 'Nothing yet.',
}: {
  caption: string;
  /** The first column heads the row headers. */
  columns: string[];
  rows: ChartTableRow[];
  empty?: string;
}) {
  if (rows.length === 0) return <p className="m-0 text-sm text-muted">{empty}</p>;
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th
              key={column}
              scope="col"
              className="border-b border-line px-2 py-1.5 text-left text-xs font-semibold text-muted first:pl-0"
            >
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th
              scope="row"
              className="border-b border-line py-1.5 pr-2 text-left font-normal whitespace-nowrap"
            >
              {row.header}
            </th>
            {row.cells.map((cell, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: cells follow the fixed columns
              <td key={i} className="border-b border-line px-2 py-1.5 tabular-nums">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

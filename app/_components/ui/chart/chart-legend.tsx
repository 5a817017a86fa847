// What each line, bar and band in a chart stands for, drawn with the same colour, dash, marker
// and fill as the chart itself.
import { cn } from '../cn';
import { RANGE_OPACITY } from './chart-frame';
import { Marker, type MarkerShape } from './marker';

export type LegendItem =
  | {
      kind: 'line';
      label: string;
      color: string;
      marker: MarkerShape;
      dashed?: boolean;
      pointsOnly?: boolean;
    }
  | { kind: 'bar'; label: string; color: string; striped?: boolean }
  | { kind: 'outline'; label: string; color: string }
  | { kind: 'band'; label: string; color: string }
  /** A faint span of values, in the colour the chart fills it with. */
  | { kind: 'range'; label: string; color: string }
  | { kind: 'rule'; label: string; color: string };

export function ChartLegend({ items, className }: { items: LegendItem[]; className?: string }) {
  return (
    <ul className={cn('m-0 flex list-none flex-wrap gap-x-4 gap-y-1 p-0 text-xs text-muted', className)}>
      {items.map((item) => (
        <li key={item.label} className="inline-flex items-center gap-1.5">
          <Swatch item={item} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

function Swatch({ item }: { item: LegendItem }) {
  if (item.kind === 'rule')
    return (
      <svg aria-hidden viewBox="0 0 28 12" className="h-3 w-7 shrink-0">
        <line x1={1} x2={27} y1={6} y2={6} stroke={item.color} strokeWidth={1.5} strokeDasharray="2 3" />
      </svg>
    );
  if (item.kind === 'line')
    return (
      <svg aria-hidden viewBox="0 0 28 12" className="h-3 w-7 shrink-0">
        {item.pointsOnly ? null : (
          <line
            x1={1}
            x2={27}
            y1={6}
            y2={6}
            stroke={item.color}
            strokeWidth={2}
            strokeDasharray={item.dashed ? '5 4' : undefined}
          />
        )}
        <Marker shape={item.marker} x={14} y={6} color={item.color} hollow={item.dashed} size={3.5} />
      </svg>
    );
  const style =
    item.kind === 'bar'
      ? {
          background: item.striped
            ? `repeating-linear-gradient(45deg, ${item.color} 0 2px, var(--color-surface) 2px 4px)`
            : item.color,
          borderColor: item.color,
        }
      : item.kind === 'outline'
        ? { borderColor: item.color, borderStyle: 'dashed' as const }
        : item.kind === 'range'
          ? {
              // Twice the chart's fill: a swatch this small needs it to be seen at all.
              background: `color-mix(in srgb, ${item.color} ${RANGE_OPACITY * 200}%, transparent)`,
              borderColor: 'transparent',
            }
          : { background: item.color, borderColor: 'transparent' };
  return <span aria-hidden className="inline-block size-3 shrink-0 rounded-[2px] border" style={style} />;
}

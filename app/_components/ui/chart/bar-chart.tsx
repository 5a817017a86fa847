// Counts per category (week), one bar per series side by side: the filled part is what was done,
// the outline behind it what was asked. A series is told apart by colour and by fill pattern.
// A server component, like LineChart: no chart code is sent to the browser.
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { useId } from 'react';
import { ChartCanvas } from './chart-canvas';
import { innerHeight, innerWidth } from './chart-frame';

type BarSeries = {
  key: string;
  color: string;
  /** Diagonal stripes instead of a solid fill. */
  striped?: boolean;
  /** Per category. */
  done: number[];
  asked: number[];
};

export function BarChart({
  summary,
  categories,
  formatCategory,
  series,
  height = 150,
}: {
  summary: string;
  categories: string[];
  formatCategory: (category: string) => string;
  series: BarSeries[];
  height?: number;
}) {
  const patternId = useId();
  const plotHeight = innerHeight(height);
  const top = Math.max(1, ...series.flatMap((s) => s.asked));
  const x = scaleBand({ domain: categories, range: [0, innerWidth], padding: 0.25 });
  const inner = scaleBand({ domain: series.map((s) => s.key), range: [0, x.bandwidth()], padding: 0.1 });
  const y = scaleLinear({ domain: [0, top], range: [plotHeight, 0] });
  const yTicks = top <= 4 ? Array.from({ length: top + 1 }, (_, i) => i) : y.ticks(4);
  return (
    <ChartCanvas
      summary={summary}
      height={height}
      x={x}
      y={y}
      yTicks={yTicks}
      formatCategory={formatCategory}
      plotWidth={innerWidth}
      plotHeight={plotHeight}
      defs={series.map((s) =>
        s.striped ? (
          <pattern
            key={s.key}
            id={`${patternId}-${s.key}`}
            width={4}
            height={4}
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width={4} height={4} fill="var(--color-surface)" />
            <rect width={2.5} height={4} fill={s.color} />
          </pattern>
        ) : null,
      )}
    >
      {categories.map((category, i) => (
        <Group key={category} left={x(category)}>
          {series.map((s) => {
            const asked = s.asked[i] ?? 0;
            const done = s.done[i] ?? 0;
            if (asked === 0) return null;
            const left = inner(s.key) ?? 0;
            return (
              <g key={s.key}>
                <Bar
                  x={left}
                  width={inner.bandwidth()}
                  y={y(asked)}
                  height={plotHeight - y(asked)}
                  fill="none"
                  stroke={s.color}
                  strokeWidth={1}
                  strokeDasharray="2 2"
                />
                {done > 0 ? (
                  <Bar
                    x={left}
                    width={inner.bandwidth()}
                    y={y(done)}
                    height={plotHeight - y(done)}
                    fill={s.striped ? `url(#${patternId}-${s.key})` : s.color}
                    stroke={s.color}
                    strokeWidth={1}
                  />
                ) : null}
              </g>
            );
          })}
        </Group>
      ))}
    </ChartCanvas>
  );
}

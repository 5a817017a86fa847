// Values over a run of categories (weeks), one line per series. A series is told apart by colour,
// dash and marker shape together; a gap in the data is a gap in the line. Highlighted categories
// get a shaded band behind the lines; ranges shade a span of values (no reliable change from a
// baseline) and rules mark fixed values (a cut-off) across the plot. A
// server component: the SVG arrives in the HTML, and none of the chart code (visx, d3) is sent to
// the browser.
import { scaleBand, scaleLinear } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { ChartCanvas } from './chart-canvas';
import { innerHeight, innerWidth, MARGIN, RANGE_OPACITY } from './chart-frame';
import { Marker, type MarkerShape } from './marker';

type LineSeries = {
  key: string;
  color: string;
  marker: MarkerShape;
  /** Dashed line and hollow markers. */
  dashed?: boolean;
  /** Markers only, no line between them. */
  pointsOnly?: boolean;
  /** One value per category; null where there is none. */
  values: (number | null)[];
};

export function LineChart({
  summary,
  categories,
  formatCategory,
  series,
  yDomain,
  yTicks,
  formatY = String,
  highlighted,
  highlightColor = 'var(--color-warning-100)',
  height = 180,
  yAxisWidth = MARGIN.left,
  rules = [],
  ranges = [],
}: {
  /** What the chart shows, for screen readers (the table behind it has the numbers). */
  summary: string;
  categories: string[];
  formatCategory: (category: string) => string;
  series: LineSeries[];
  yDomain: [number, number];
  yTicks: number[];
  formatY?: (value: number) => string;
  /** Per category: shade it. */
  highlighted?: boolean[];
  highlightColor?: string;
  height?: number;
  /** Room for the y axis's labels. */
  yAxisWidth?: number;
  /** Horizontal dotted rules across the plot at fixed values (a cut-off, a threshold). */
  rules?: { key: string; value: number; color: string }[];
  /** Horizontal bands across the plot between two values, faintly filled with `color`. */
  ranges?: { key: string; from: number; to: number; color: string }[];
}) {
  const plotHeight = innerHeight(height);
  const plotWidth = innerWidth + MARGIN.left - yAxisWidth;
  const x = scaleBand({ domain: categories, range: [0, plotWidth], padding: 0.1 });
  const y = scaleLinear({ domain: yDomain, range: [plotHeight, 0] });
  const clamp = (value: number) => Math.min(yDomain[1], Math.max(yDomain[0], value));
  const centre = (i: number) => (x(categories[i] ?? '') ?? 0) + x.bandwidth() / 2;
  return (
    <ChartCanvas
      summary={summary}
      height={height}
      left={yAxisWidth}
      x={x}
      y={y}
      yTicks={yTicks}
      formatY={formatY}
      formatCategory={formatCategory}
      plotWidth={plotWidth}
      plotHeight={plotHeight}
      background={
        <>
          {highlighted?.map((on, i) =>
            on ? (
              <rect
                key={categories[i]}
                x={x(categories[i] ?? '')}
                width={x.bandwidth()}
                y={0}
                height={plotHeight}
                fill={highlightColor}
              />
            ) : null,
          )}
          {ranges.map((range) => {
            const [low, high] = [clamp(range.from), clamp(range.to)].sort((a, b) => a - b) as [
              number,
              number,
            ];
            return (
              <rect
                key={range.key}
                x={0}
                width={plotWidth}
                y={y(high)}
                height={y(low) - y(high)}
                fill={range.color}
                fillOpacity={RANGE_OPACITY}
              />
            );
          })}
        </>
      }
    >
      {rules.map((rule) => (
        <line
          key={rule.key}
          x1={0}
          x2={plotWidth}
          y1={y(rule.value)}
          y2={y(rule.value)}
          stroke={rule.color}
          strokeWidth={1.5}
          strokeDasharray="2 3"
        />
      ))}
      {series.map((s) => (
        <g key={s.key}>
          {s.pointsOnly ? null : (
            <LinePath
              data={s.values.map((value, i) => ({ value, i }))}
              defined={(d) => d.value !== null}
              x={(d) => centre(d.i)}
              y={(d) => y(d.value ?? 0)}
              stroke={s.color}
              strokeWidth={2}
              strokeDasharray={s.dashed ? '5 4' : undefined}
              strokeLinejoin="round"
              strokeLinecap="round"
              fill="none"
            />
          )}
          {s.values.map((value, i) =>
            value === null ? null : (
              <Marker
                // biome-ignore lint/suspicious/noArrayIndexKey: one marker per category, in a fixed order
                key={i}
                shape={s.marker}
                x={centre(i)}
                y={y(value)}
                color={s.color}
                hollow={s.dashed}
              />
            ),
          )}
        </g>
      ))}
    </ChartCanvas>
  );
}

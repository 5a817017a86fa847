// What every chart draws around its data: the SVG in the shared coordinate space, horizontal grid
// lines, the value axis on the left and the category axis along the bottom.
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import type { scaleBand, scaleLinear } from '@visx/scale';
import type { ReactNode } from 'react';
import { AXIS_COLOR, CHART_WIDTH, GRID_COLOR, MARGIN, sparseTicks, tickLabel } from './chart-frame';

export function ChartCanvas({
  summary,
  height,
  left = MARGIN.left,
  x,
  y,
  yTicks,
  formatY = String,
  formatCategory,
  plotWidth,
  plotHeight,
  defs,
  background,
  children,
}: {
  /** What the chart shows, for screen readers (the table behind it has the numbers). */
  summary: string;
  height: number;
  /** Room for the value axis's labels. */
  left?: number;
  x: ReturnType<typeof scaleBand<string>>;
  y: ReturnType<typeof scaleLinear<number>>;
  yTicks: number[];
  formatY?: (value: number) => string;
  formatCategory: (category: string) => string;
  plotWidth: number;
  plotHeight: number;
  /** SVG definitions (patterns) the data refers to. */
  defs?: ReactNode;
  /** Drawn under the grid lines. */
  background?: ReactNode;
  /** The data, drawn over the grid lines and under the axes. */
  children: ReactNode;
}) {
  return (
    <svg
      viewBox={`0 0 ${CHART_WIDTH} ${height}`}
      role="img"
      aria-label={summary}
      className="block h-auto w-full overflow-visible"
    >
      {defs ? <defs>{defs}</defs> : null}
      <Group left={left} top={MARGIN.top}>
        {background}
        {yTicks.map((tick) => (
          <line key={tick} x1={0} x2={plotWidth} y1={y(tick)} y2={y(tick)} stroke={GRID_COLOR} />
        ))}
        {children}
        <AxisLeft
          scale={y}
          tickValues={yTicks}
          tickFormat={(value) => formatY(Number(value))}
          stroke={AXIS_COLOR}
          tickStroke={AXIS_COLOR}
          tickLength={3}
          tickLabelProps={{ ...tickLabel, textAnchor: 'end', dx: -2, dy: '0.33em' }}
        />
        <AxisBottom
          top={plotHeight}
          scale={x}
          tickValues={sparseTicks(x.domain())}
          tickFormat={formatCategory}
          stroke={AXIS_COLOR}
          tickStroke={AXIS_COLOR}
          tickLength={3}
          tickLabelProps={{ ...tickLabel, textAnchor: 'middle' }}
        />
      </Group>
    </svg>
  );
}

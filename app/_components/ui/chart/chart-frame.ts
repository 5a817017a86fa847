// The drawing area every chart shares. Charts draw in this fixed coordinate space and scale with
// their container (viewBox), so they fit any width without measuring it in the browser.
export const CHART_WIDTH = 320;
export const MARGIN = { top: 10, right: 10, bottom: 26, left: 30 };

export const innerWidth = CHART_WIDTH - MARGIN.left - MARGIN.right;
export const innerHeight = (height: number) => height - MARGIN.top - MARGIN.bottom;

export const AXIS_COLOR = 'var(--color-line-strong)';
export const GRID_COLOR = 'var(--color-line)';

export const tickLabel = {
  fill: 'var(--color-muted)',
  fontSize: 11,
  fontFamily: 'inherit',
} as const;

/** At most about `count` labels along the x axis, always the first and the last. */
export function sparseTicks<T>(values: T[], count = 4): T[] {
  if (values.length <= count) return values;
  const step = Math.ceil((values.length - 1) / (count - 1));
  const picked = values.filter((_, i) => i % step === 0);
  const last = values.at(-1);
  if (last !== undefined && picked.at(-1) !== last) {
    // The last label would sit right beside the one before it: drop that one instead.
    if ((values.length - 1) % step < 2) picked.pop();
    picked.push(last);
  }
  return picked;
}

/** How faintly a range of values is filled: two can overlap and the lines over them still read. */
export const RANGE_OPACITY = 0.1;

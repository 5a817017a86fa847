// The point glyphs the charts and their legends share: each partner has a shape of their own, so a
// series never depends on colour alone.
export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle';

export function Marker({
  shape,
  x,
  y,
  color,
  hollow = false,
  size = 4,
}: {
  shape: MarkerShape;
  x: number;
  y: number;
  color: string;
  hollow?: boolean;
  /** Half the glyph's width. */
  size?: number;
}) {
  const paint = { fill: hollow ? 'var(--color-surface)' : color, stroke: color, strokeWidth: 1.75 };
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={size} {...paint} />;
    case 'square':
      return <rect x={x - size * 0.9} y={y - size * 0.9} width={size * 1.8} height={size * 1.8} {...paint} />;
    case 'diamond':
      return (
        <polygon
          points={`${x},${y - size * 1.2} ${x + size * 1.2},${y} ${x},${y + size * 1.2} ${x - size * 1.2},${y}`}
          {...paint}
        />
      );
    case 'triangle':
      return (
        <polygon
          points={`${x},${y - size * 1.2} ${x + size * 1.1},${y + size * 0.8} ${x - size * 1.1},${y + size * 0.8}`}
          {...paint}
        />
      );
  }
}

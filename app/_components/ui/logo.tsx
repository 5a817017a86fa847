import { cn } from './cn';

/** Ninefold's mark: nine small squares folding into one, in the brand's teal and clay. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden className={cn('size-7 shrink-0', className)}>
      <rect width="32" height="32" rx="8" fill="var(--color-brand-700)" />
      {[0, 1, 2].flatMap((row) =>
        [0, 1, 2].map((col) => (
          <rect
            key={`${row}-${col}`}
            x={7 + col * 6.5}
            y={7 + row * 6.5}
            width="5"
            height="5"
            rx="1.4"
            fill={row === 2 && col === 2 ? 'var(--color-accent-100)' : '#ffffff'}
            opacity={row === 2 && col === 2 ? 1 : 0.55 + (0.15 * (row + col)) / 2}
          />
        )),
      )}
    </svg>
  );
}

export function Logo({ className, label = 'Ninefold' }: { className?: string; label?: string }) {
  return (
    <span className={cn('inline-flex items-center gap-2 font-bold tracking-tight text-ink', className)}>
      <LogoMark />
      <span>{label}</span>
    </span>
  );
}

import type { ReactNode } from 'react';
import { cn } from './cn';

const widths = { narrow: 'max-w-md', default: 'max-w-5xl', wide: 'max-w-7xl' } as const;

/** The page's main landmark, the skip link's target, at one of three reading widths. */
export function Page({
  width = 'default',
  className,
  children,
}: {
  width?: keyof typeof widths;
  className?: string;
  children: ReactNode;
}) {
  return (
    <main id="main" className={cn('mx-auto w-full px-4 pt-6 pb-16 sm:px-6', widths[width], className)}>
      {children}
    </main>
  );
}

/** The page's title, an optional line under it, and its main actions on the right. */
export function PageHeader({
  title,
  description,
  actions,
  back,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  back?: ReactNode;
}) {
  return (
    <div className="mb-6">
      {back ? <div className="mb-2 text-sm">{back}</div> : null}
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">
          <h1 className="m-0">{title}</h1>
          {description ? <div className="mt-1 text-muted [&_p]:m-0">{description}</div> : null}
        </div>
        {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
      </div>
    </div>
  );
}

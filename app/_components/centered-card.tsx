import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { Card } from './ui/card';

/** The one card of a centred page (sign-in, unsubscribe…): its title (the page's h1), a line under it, the content, and the way elsewhere. */
export function CenteredCard({
  icon: Icon,
  title,
  description,
  children,
  footer,
}: {
  icon?: LucideIcon;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <Card className="p-6 shadow-raised sm:p-8">
      {Icon ? (
        <span className="mb-4 flex size-12 items-center justify-center rounded-full bg-brand-50 text-brand-700">
          <Icon aria-hidden className="size-6" />
        </span>
      ) : null}
      <h1 className="m-0 text-2xl">{title}</h1>
      {description ? <div className="mt-2 text-muted [&_a]:underline [&_p]:m-0">{description}</div> : null}
      {children ? <div className="mt-6">{children}</div> : null}
      {footer ? (
        <div className="mt-6 flex flex-col gap-2 border-t border-line pt-5 text-sm text-muted [&_a]:underline [&_p]:m-0">
          {footer}
        </div>
      ) : null}
    </Card>
  );
}

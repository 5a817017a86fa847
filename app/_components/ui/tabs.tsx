'use client';
import Link from 'next/link';
import { Tabs as TabsPrimitive } from 'radix-ui';
import type { ComponentProps } from 'react';
import { cn } from './cn';

const listClass = 'flex gap-1 overflow-x-auto border-b border-line [scrollbar-width:none]';
const tabClass =
  '-mb-px inline-flex min-h-11 shrink-0 cursor-pointer items-center gap-2 whitespace-nowrap border-b-2 border-transparent px-3 text-sm font-semibold text-muted no-underline hover:text-ink data-[state=active]:border-brand-700 data-[state=active]:text-brand-800 aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-800';

/** Tabs within one page (content switches in place). For tabs that are pages, use TabNav. */
export const Tabs = TabsPrimitive.Root;

export function TabsList({ className, ...props }: ComponentProps<typeof TabsPrimitive.List>) {
  return <TabsPrimitive.List className={cn(listClass, className)} {...props} />;
}

export function TabsTrigger({ className, ...props }: ComponentProps<typeof TabsPrimitive.Trigger>) {
  return <TabsPrimitive.Trigger className={cn(tabClass, className)} {...props} />;
}

export function TabsContent({ className, ...props }: ComponentProps<typeof TabsPrimitive.Content>) {
  return <TabsPrimitive.Content className={cn('pt-6 focus-visible:outline-none', className)} {...props} />;
}

/** Tabs that are pages of one record: links, the current one marked for screen readers. */
export function TabNav({
  label,
  items,
  current,
}: {
  label: string;
  items: { href: string; label: string; key: string; count?: number }[];
  current: string;
}) {
  return (
    <nav aria-label={label} className="mb-6">
      <ul className={cn(listClass, 'm-0 list-none p-0')}>
        {items.map((item) => (
          <li key={item.key} className="shrink-0">
            <Link
              href={item.href}
              className={tabClass}
              aria-current={item.key === current ? 'page' : undefined}
            >
              {item.label}
              {item.count ? (
                <span className="rounded-full bg-brand-50 px-2 text-xs text-brand-800">{item.count}</span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

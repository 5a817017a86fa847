'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/app/_components/ui/cn';
import { isCurrentSection, staffNavItems } from './staff-nav-items';

/** The practice's sections: a row on a desk, a column in the phone menu. */
export function StaffNav({
  practiceId,
  isAdmin,
  layout,
  onNavigate,
}: {
  practiceId: string;
  isAdmin: boolean;
  layout: 'row' | 'column';
  onNavigate?: () => void;
}) {
  const pathname = usePathname();
  const items = staffNavItems(practiceId, isAdmin);
  return (
    <nav aria-label="Practice">
      <ul
        className={cn('m-0 flex list-none p-0', layout === 'row' ? 'items-center gap-1' : 'flex-col gap-1')}
      >
        {items.map((item) => {
          const current = isCurrentSection(pathname, item, practiceId);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                onClick={onNavigate}
                aria-current={current ? 'page' : undefined}
                className={cn(
                  'flex min-h-10 items-center gap-2 rounded-md px-3 text-sm font-medium whitespace-nowrap text-muted no-underline hover:bg-paper hover:text-ink',
                  'aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800',
                  layout === 'column' && 'min-h-11 text-base',
                )}
              >
                <item.icon aria-hidden className="size-4" />
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

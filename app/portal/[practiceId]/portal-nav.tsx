'use client';
import { CalendarCheck, CircleCheckBig, HeartHandshake, LineChart, UserRound } from 'lucide-react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** The portal's places: a bar along the bottom of a phone's screen, a row under the header on a desk. */
export function PortalNav({ practiceId }: { practiceId: string }) {
  const pathname = usePathname();
  const base = `/portal/${practiceId}`;
  const items = [
    {
      href: base,
      label: 'This week',
      icon: CalendarCheck,
      current:
        pathname === base ||
        pathname.startsWith(`${base}/homework`) ||
        pathname.startsWith(`${base}/check-in`),
    },
    {
      href: `${base}/history`,
      label: 'Done',
      icon: CircleCheckBig,
      current: pathname.startsWith(`${base}/history`),
    },
    {
      href: `${base}/progress`,
      label: 'Progress',
      icon: LineChart,
      current: pathname.startsWith(`${base}/progress`),
    },
    {
      href: `${base}/your-data`,
      label: 'You',
      icon: UserRound,
      current: pathname.startsWith(`${base}/your-data`) || pathname.startsWith(`${base}/notifications`),
    },
    {
      href: `${base}/support`,
      label: 'Support',
      icon: HeartHandshake,
      current: pathname.startsWith(`${base}/support`),
    },
  ];
  return (
    <nav
      data-bottom-bar
      aria-label="Your space"
      className="fixed inset-x-0 bottom-0 z-30 border-t border-line bg-surface pb-[env(safe-area-inset-bottom)] shadow-[0_-1px_3px_rgb(29_42_46/0.06)] md:static md:border-t-0 md:border-b md:pb-0 md:shadow-none"
    >
      <ul className="mx-auto m-0 flex max-w-2xl list-none p-0 md:gap-1 md:px-4">
        {items.map((item) => (
          <li key={item.href} className="flex-1 md:flex-none">
            <Link
              href={item.href}
              aria-current={item.current ? 'page' : undefined}
              className="group flex min-h-16 flex-col items-center justify-center gap-1 px-1 text-xs font-medium text-muted no-underline hover:text-ink aria-[current=page]:font-semibold aria-[current=page]:text-brand-800 md:min-h-12 md:flex-row md:gap-2 md:border-b-2 md:border-transparent md:px-3 md:text-sm md:aria-[current=page]:border-brand-700"
            >
              <span className="flex h-7 w-12 items-center justify-center rounded-full group-aria-[current=page]:bg-brand-100 md:h-auto md:w-auto md:group-aria-[current=page]:bg-transparent">
                <item.icon aria-hidden className="size-5 md:size-4" />
              </span>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

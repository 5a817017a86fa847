'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

export function PortalNav({ practiceId }: { practiceId: string }) {
  const pathname = usePathname();
  const base = `/portal/${practiceId}`;
  const items = [
    { href: base, label: 'This week', current: pathname === base || pathname.startsWith(`${base}/homework`) },
    { href: `${base}/history`, label: 'Done', current: pathname.startsWith(`${base}/history`) },
    { href: `${base}/progress`, label: 'Progress', current: pathname.startsWith(`${base}/progress`) },
    { href: `${base}/your-data`, label: 'Your data', current: pathname.startsWith(`${base}/your-data`) },
    { href: `${base}/support`, label: 'Support', current: pathname.startsWith(`${base}/support`) },
  ];
  return (
    <nav aria-label="Your space" className="portal-nav">
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={item.current ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

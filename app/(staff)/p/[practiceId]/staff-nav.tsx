'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

export function StaffNav({ practiceId, isAdmin }: { practiceId: string; isAdmin: boolean }) {
  const pathname = usePathname();
  const items = [
    { href: `/p/${practiceId}/caseload`, label: 'Caseload' },
    { href: `/p/${practiceId}/exercises`, label: 'Exercises' },
    { href: `/p/${practiceId}/team`, label: 'Team' },
    { href: `/p/${practiceId}/notifications`, label: 'Email notifications' },
    { href: `/account/security?practice=${practiceId}`, label: 'Account security' },
    ...(isAdmin
      ? [
          { href: `/p/${practiceId}/audit`, label: 'Audit log' },
          { href: `/p/${practiceId}/settings`, label: 'Settings' },
          { href: `/p/${practiceId}/billing`, label: 'Billing' },
          { href: `/p/${practiceId}/data-export`, label: 'Data export' },
        ]
      : []),
  ];
  return (
    <nav aria-label="Practice">
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={pathname.startsWith(item.href) ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

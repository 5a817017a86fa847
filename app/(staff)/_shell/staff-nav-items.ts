import type { LucideIcon } from 'lucide-react';
import { BookOpen, CreditCard, Download, ScrollText, Settings, Users, UsersRound } from 'lucide-react';

type StaffNavItem = { href: string; label: string; icon: LucideIcon };

/** The practice's sections in the order staff reach for them; administration only for owners and admins. */
export function staffNavItems(practiceId: string, isAdmin: boolean): StaffNavItem[] {
  const base = `/p/${practiceId}`;
  return [
    { href: `${base}/caseload`, label: 'Caseload', icon: UsersRound },
    { href: `${base}/exercises`, label: 'Exercises', icon: BookOpen },
    { href: `${base}/team`, label: 'Team', icon: Users },
    ...(isAdmin
      ? [
          { href: `${base}/settings`, label: 'Settings', icon: Settings },
          { href: `${base}/billing`, label: 'Billing', icon: CreditCard },
          { href: `${base}/audit`, label: 'Audit log', icon: ScrollText },
          { href: `${base}/data-export`, label: 'Data export', icon: Download },
        ]
      : []),
  ];
}

/** A couple's page counts as the caseload: it is where it was opened from. */
export function isCurrentSection(pathname: string, item: StaffNavItem, practiceId: string): boolean {
  if (pathname.startsWith(item.href)) return true;
  return item.href.endsWith('/caseload') && pathname.startsWith(`/p/${practiceId}/couples`);
}

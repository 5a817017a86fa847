import Link from 'next/link';
import type { ReactNode } from 'react';
import { LogoMark } from '@/app/_components/ui/logo';
import type { MembershipRole } from '@/db/schema';
import { AccountMenu } from './account-menu';
import { MobileNav } from './mobile-nav';
import { PracticeSwitcher } from './practice-switcher';
import { StaffNav } from './staff-nav';

type Practice = { practiceId: string; name: string; role: MembershipRole };

/**
 * The staff shell's header: the mark and practice (with switching), the practice's sections, and
 * the person's account menu. Without a practice (account pages) it shows the mark and the menu.
 */
export function StaffHeader({
  me,
  practice,
  practices,
  homeHref,
  notice,
}: {
  /** The signed-in person; pages outside a practice may not know their name. */
  me?: { name: string };
  practice?: { id: string; isAdmin: boolean };
  practices: Practice[];
  homeHref: string;
  notice?: ReactNode;
}) {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex min-h-16 max-w-7xl items-center gap-2 px-4 sm:px-6">
        <Link href={homeHref} className="flex min-h-11 shrink-0 items-center gap-2 no-underline">
          <LogoMark />
          <span className="font-bold text-ink max-sm:sr-only">Ninefold</span>
        </Link>
        {practice ? (
          <>
            <span aria-hidden className="text-line-strong max-sm:hidden">
              /
            </span>
            <PracticeSwitcher current={practice.id} practices={practices} />
            <div className="ml-4 max-lg:hidden">
              <StaffNav practiceId={practice.id} isAdmin={practice.isAdmin} layout="row" />
            </div>
          </>
        ) : null}
        <div className="ml-auto flex items-center gap-1">
          <AccountMenu name={me?.name} practiceId={practice?.id} />
          {practice ? <MobileNav practiceId={practice.id} isAdmin={practice.isAdmin} /> : null}
        </div>
      </div>
      {notice}
    </header>
  );
}

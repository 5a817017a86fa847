'use client';
import { Bell, LogOut, ShieldCheck } from 'lucide-react';
import Link from 'next/link';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/app/_components/ui/dropdown-menu';
import { signOutAction } from '@/app/(auth)/_actions/sign-out';
import { ACCOUNT_TRIGGER_CLASS, AccountMenuFace } from './account-menu-trigger';

/** The account menu itself, loaded when first opened (see account-menu.tsx). */
export function AccountMenuOpen({
  name,
  practiceId,
  defaultOpen,
}: {
  name?: string;
  practiceId?: string;
  defaultOpen: boolean;
}) {
  return (
    <DropdownMenu defaultOpen={defaultOpen}>
      <DropdownMenuTrigger className={ACCOUNT_TRIGGER_CLASS}>
        <AccountMenuFace name={name} />
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        {name ? <DropdownMenuLabel>{name}</DropdownMenuLabel> : null}
        <DropdownMenuItem asChild>
          <Link href={practiceId ? `/account/security?practice=${practiceId}` : '/account/security'}>
            <ShieldCheck aria-hidden />
            Account security
          </Link>
        </DropdownMenuItem>
        {practiceId ? (
          <DropdownMenuItem asChild>
            <Link href={`/p/${practiceId}/notifications`}>
              <Bell aria-hidden />
              Email notifications
            </Link>
          </DropdownMenuItem>
        ) : null}
        <DropdownMenuSeparator />
        <form action={signOutAction}>
          {/* Kept open on select: closing would unmount the form before the click submits it. */}
          <DropdownMenuItem asChild onSelect={(event) => event.preventDefault()}>
            <button type="submit" className="w-full">
              <LogOut aria-hidden />
              Sign out
            </button>
          </DropdownMenuItem>
        </form>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

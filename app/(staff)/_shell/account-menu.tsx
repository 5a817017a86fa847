'use client';
import { Bell, ChevronDown, LogOut, ShieldCheck, UserRound } from 'lucide-react';
import Link from 'next/link';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '../../_components/ui/dropdown-menu';
import { signOutAction } from '../../(auth)/_actions/sign-out';

/**
 * The signed-in person's own things: security, email notifications, signing out. Without a name
 * (a page outside any practice that does not know it) the menu is simply "Account".
 */
export function AccountMenu({ name, practiceId }: { name?: string; practiceId?: string }) {
  const initials = (name ?? '')
    .split(/\s+/)
    .map((part) => part[0])
    .filter(Boolean)
    .slice(0, 2)
    .join('')
    .toUpperCase();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-2 text-sm text-ink hover:bg-paper">
        <span
          aria-hidden
          className="flex size-8 items-center justify-center rounded-full bg-brand-100 text-xs font-bold text-brand-800"
        >
          {initials || <UserRound className="size-4" />}
        </span>
        <span className="max-w-40 truncate max-sm:sr-only">{name ?? 'Account'}</span>
        <span className="sr-only">{name ? ', account menu' : ' menu'}</span>
        <ChevronDown aria-hidden className="size-4 text-muted" />
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

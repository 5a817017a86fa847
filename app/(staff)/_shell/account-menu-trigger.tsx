import { ChevronDown, UserRound } from 'lucide-react';

export const ACCOUNT_TRIGGER_CLASS =
  'inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-2 text-sm text-ink hover:bg-paper';

/** What the account menu's button shows: initials, the name on wider screens, and its purpose. */
export function AccountMenuFace({ name }: { name?: string }) {
  const initials = (name ?? '')
    .split(/\s+/)
    .map((part) => part[0])
    .filter(Boolean)
    .slice(0, 2)
    .join('')
    .toUpperCase();
  return (
    <>
      <span
        aria-hidden
        className="flex size-8 items-center justify-center rounded-full bg-brand-100 text-xs font-bold text-brand-800"
      >
        {initials || <UserRound className="size-4" />}
      </span>
      <span className="max-w-40 truncate max-sm:sr-only">{name ?? 'Account'}</span>
      <span className="sr-only">{name ? ', account menu' : ' menu'}</span>
      <ChevronDown aria-hidden className="size-4 text-muted" />
    </>
  );
}

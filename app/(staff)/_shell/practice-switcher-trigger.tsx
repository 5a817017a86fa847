import { ChevronsUpDown } from 'lucide-react';
import type { MembershipRole } from '@/db/schema';

export type Practice = { practiceId: string; name: string; role: MembershipRole };

export const SWITCHER_TRIGGER_CLASS =
  'inline-flex min-h-11 min-w-0 cursor-pointer items-center gap-1 rounded-md px-2 text-sm hover:bg-paper';

export function PracticeName({ name }: { name?: string }) {
  return <span className="max-w-48 truncate font-semibold text-ink">{name}</span>;
}

/** What the practice switcher's button shows: the current practice, and that it switches. */
export function SwitcherFace({ name }: { name?: string }) {
  return (
    <>
      <PracticeName name={name} />
      <span className="sr-only">, switch practice</span>
      <ChevronsUpDown aria-hidden className="size-4 shrink-0 text-muted" />
    </>
  );
}

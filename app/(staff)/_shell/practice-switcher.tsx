'use client';
import { ChevronsUpDown } from 'lucide-react';
import { useRouter } from 'next/navigation';
import type { MembershipRole } from '../../../db/schema';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuTrigger,
} from '../../_components/ui/dropdown-menu';
import { homePath } from '../../_lib/home-path';

type Practice = { practiceId: string; name: string; role: MembershipRole };

/** The current practice's name; a menu to switch when the person belongs to more than one. */
export function PracticeSwitcher({ current, practices }: { current: string; practices: Practice[] }) {
  const router = useRouter();
  const here = practices.find((p) => p.practiceId === current);
  const name = <span className="max-w-48 truncate font-semibold text-ink">{here?.name}</span>;
  if (practices.length < 2) return <span className="flex min-w-0 items-center text-sm">{name}</span>;
  return (
    <DropdownMenu>
      <DropdownMenuTrigger className="inline-flex min-h-11 min-w-0 cursor-pointer items-center gap-1 rounded-md px-2 text-sm hover:bg-paper">
        {name}
        <span className="sr-only">, switch practice</span>
        <ChevronsUpDown aria-hidden className="size-4 shrink-0 text-muted" />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start">
        <DropdownMenuLabel>Switch practice</DropdownMenuLabel>
        <DropdownMenuRadioGroup
          value={current}
          onValueChange={(practiceId) => {
            const chosen = practices.find((p) => p.practiceId === practiceId);
            if (chosen) router.push(homePath(chosen.practiceId, chosen.role));
          }}
        >
          {practices.map((p) => (
            <DropdownMenuRadioItem key={p.practiceId} value={p.practiceId}>
              {p.name}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

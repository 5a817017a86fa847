'use client';
import { useRouter } from 'next/navigation';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuTrigger,
} from '@/app/_components/ui/dropdown-menu';
import { homePath } from '@/app/_lib/home-path';
import { type Practice, SWITCHER_TRIGGER_CLASS, SwitcherFace } from './practice-switcher-trigger';

/** The practice menu itself, loaded when first opened (see practice-switcher.tsx). */
export function PracticeSwitcherOpen({
  current,
  practices,
  defaultOpen,
}: {
  current: string;
  practices: Practice[];
  defaultOpen: boolean;
}) {
  const router = useRouter();
  return (
    <DropdownMenu defaultOpen={defaultOpen}>
      <DropdownMenuTrigger className={SWITCHER_TRIGGER_CLASS}>
        <SwitcherFace name={practices.find((p) => p.practiceId === current)?.name} />
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

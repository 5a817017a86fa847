'use client';
import { OnDemand, onDemand } from '@/app/_components/ui/on-demand';
import {
  type Practice,
  PracticeName,
  SWITCHER_TRIGGER_CLASS,
  SwitcherFace,
} from './practice-switcher-trigger';

const practiceMenu = onDemand(() => import('./practice-switcher-open').then((m) => m.PracticeSwitcherOpen));

/** The current practice's name; a menu to switch when the person belongs to more than one. */
export function PracticeSwitcher({ current, practices }: { current: string; practices: Practice[] }) {
  const name = practices.find((p) => p.practiceId === current)?.name;
  if (practices.length < 2)
    return (
      <span className="flex min-w-0 items-center text-sm">
        <PracticeName name={name} />
      </span>
    );
  return (
    <OnDemand
      control={practiceMenu}
      props={{ current, practices }}
      trigger={(intent) => (
        <button
          type="button"
          aria-haspopup="menu"
          aria-expanded={false}
          className={SWITCHER_TRIGGER_CLASS}
          {...intent}
        >
          <SwitcherFace name={name} />
        </button>
      )}
    />
  );
}

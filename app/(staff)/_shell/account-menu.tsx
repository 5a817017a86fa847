'use client';
import { OnDemand, onDemand } from '@/app/_components/ui/on-demand';
import { ACCOUNT_TRIGGER_CLASS, AccountMenuFace } from './account-menu-trigger';

const accountMenu = onDemand(() => import('./account-menu-open').then((m) => m.AccountMenuOpen));

/**
 * The signed-in person's own things: security, email notifications, signing out. Without a name
 * (a page outside any practice that does not know it) the menu is simply "Account".
 */
export function AccountMenu({ name, practiceId }: { name?: string; practiceId?: string }) {
  return (
    <OnDemand
      control={accountMenu}
      props={{ name, practiceId }}
      trigger={(intent) => (
        <button
          type="button"
          aria-haspopup="menu"
          aria-expanded={false}
          className={ACCOUNT_TRIGGER_CLASS}
          {...intent}
        >
          <AccountMenuFace name={name} />
        </button>
      )}
    />
  );
}

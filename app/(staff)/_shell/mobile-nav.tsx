'use client';
import { Button } from '@/app/_components/ui/button';
import { OnDemand, onDemand } from '@/app/_components/ui/on-demand';
import { MenuFace } from './mobile-nav-trigger';

const mobileNav = onDemand(() => import('./mobile-nav-open').then((m) => m.MobileNavOpen));

/** The practice's sections behind a Menu button where the row does not fit. */
export function MobileNav({ practiceId, isAdmin }: { practiceId: string; isAdmin: boolean }) {
  return (
    <OnDemand
      control={mobileNav}
      props={{ practiceId, isAdmin }}
      trigger={(intent) => (
        <Button variant="ghost" size="icon" className="lg:hidden" aria-haspopup="dialog" {...intent}>
          <MenuFace />
        </Button>
      )}
    />
  );
}

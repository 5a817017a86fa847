'use client';
import { Menu } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../_components/ui/button';
import { Dialog, DialogContent, DialogTrigger } from '../../_components/ui/dialog';
import { StaffNav } from './staff-nav';

/** The practice's sections behind a Menu button where the row does not fit. */
export function MobileNav({ practiceId, isAdmin }: { practiceId: string; isAdmin: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="icon" className="lg:hidden">
          <Menu aria-hidden className="size-5" />
          <span className="sr-only">Menu</span>
        </Button>
      </DialogTrigger>
      <DialogContent title="Menu" side="right">
        <StaffNav
          practiceId={practiceId}
          isAdmin={isAdmin}
          layout="column"
          onNavigate={() => setOpen(false)}
        />
      </DialogContent>
    </Dialog>
  );
}

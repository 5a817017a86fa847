'use client';
import { useState } from 'react';
import { Button } from '@/app/_components/ui/button';
import { Dialog, DialogContent, DialogTrigger } from '@/app/_components/ui/dialog';
import { MenuFace } from './mobile-nav-trigger';
import { StaffNav } from './staff-nav';

/** The sections' sheet itself, loaded when first opened (see mobile-nav.tsx). */
export function MobileNavOpen({
  practiceId,
  isAdmin,
  defaultOpen,
}: {
  practiceId: string;
  isAdmin: boolean;
  defaultOpen: boolean;
}) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="icon" className="lg:hidden">
          <MenuFace />
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

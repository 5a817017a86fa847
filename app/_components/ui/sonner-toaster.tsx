'use client';
import { Toaster as Sonner } from 'sonner';

/** Sonner's toaster in our look; toast.tsx mounts it when it is first likely to be needed. */
export default function SonnerToaster() {
  return (
    <Sonner
      position="bottom-center"
      // Sonner's own distances (24 px, 16 px on a phone), above a bottom navigation bar when one shows.
      offset={{ bottom: 'calc(var(--bottom-bar, 0px) + 24px)' }}
      mobileOffset={{ bottom: 'calc(var(--bottom-bar, 0px) + 16px)' }}
      closeButton
      toastOptions={{
        classNames: {
          toast: 'rounded-md border border-line bg-surface text-ink shadow-raised font-sans',
          description: 'text-muted',
        },
      }}
    />
  );
}

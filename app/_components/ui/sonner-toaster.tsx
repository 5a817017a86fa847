'use client';
import { Toaster as Sonner } from 'sonner';

/** Sonner's toaster in our look; toast.tsx mounts it when it is first likely to be needed. */
export default function SonnerToaster() {
  return (
    <Sonner
      position="bottom-center"
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

'use client';
import { Toaster as Sonner } from 'sonner';

export { toast } from 'sonner';

/** Where toasts appear; in the root layout once. Toasts are announced politely by sonner. */
export function Toaster() {
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

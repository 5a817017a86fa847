'use client';
// Toasts follow something the person did, so sonner's code loads with their first press or key on
// the page, not with the page. Its toaster (a polite live region) is then in place before any
// toast, so screen readers announce them; a toast made earlier still shows once it mounts.
import { lazy, Suspense, useEffect, useState } from 'react';
import type { ExternalToast } from 'sonner';

const SonnerToaster = lazy(() => import('./sonner-toaster'));

let wantToaster: (() => void) | null = null;

function show(kind: 'success' | 'error', message: string, options?: ExternalToast) {
  wantToaster?.();
  void import('sonner').then(({ toast: sonner }) => sonner[kind](message, options));
}

export const toast = {
  success: (message: string, options?: ExternalToast) => show('success', message, options),
  error: (message: string, options?: ExternalToast) => show('error', message, options),
};

/** Where toasts appear; in the root layout once. */
export function Toaster() {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (wanted) return;
    const want = () => setWanted(true);
    wantToaster = want;
    const events = ['pointerdown', 'keydown'] as const;
    for (const event of events) document.addEventListener(event, want, { once: true, capture: true });
    return () => {
      wantToaster = null;
      for (const event of events) document.removeEventListener(event, want, { capture: true });
    };
  }, [wanted]);
  return wanted ? (
    <Suspense fallback={null}>
      <SonnerToaster />
    </Suspense>
  ) : null;
}

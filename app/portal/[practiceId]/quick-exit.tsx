'use client';
// Leaves the portal at once for a neutral page, replacing this history entry so Back does not
// return here. A plain link without JavaScript; Escape pressed twice in a row does the same.
// Pinned above everything, dialogs included, at every scroll position: a phone has no Escape key.
import { DoorOpen } from 'lucide-react';
import { useEffect } from 'react';

const QUICK_EXIT_URL = 'https://www.google.com/search?q=weather';
const DOUBLE_PRESS_MS = 800;

function leave() {
  window.location.replace(QUICK_EXIT_URL);
}

export function QuickExit() {
  useEffect(() => {
    let last = 0;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const now = Date.now();
      if (now - last < DOUBLE_PRESS_MS) leave();
      last = now;
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <a
      className="pointer-events-auto fixed top-2.5 right-[max(1rem,calc(50%-20rem))] z-[60] inline-flex min-h-11 items-center gap-2 rounded-md bg-ink px-4 font-bold text-white no-underline shadow-raised hover:bg-black focus:bg-black"
      href={QUICK_EXIT_URL}
      rel="noreferrer"
      onClick={(event) => {
        event.preventDefault();
        leave();
      }}
    >
      <DoorOpen aria-hidden className="size-4" />
      Quick exit <span className="sr-only">(leaves this site at once; or press Escape twice)</span>
    </a>
  );
}

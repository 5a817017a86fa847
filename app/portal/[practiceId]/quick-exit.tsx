'use client';
// Leaves the portal at once for a neutral page, replacing this history entry so Back does not
// return here. A plain link without JavaScript; Escape pressed twice in a row does the same.
import { useEffect } from 'react';

export const QUICK_EXIT_URL = 'https://www.google.com/search?q=weather';
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
      className="quick-exit"
      href={QUICK_EXIT_URL}
      rel="noreferrer"
      onClick={(event) => {
        event.preventDefault();
        leave();
      }}
    >
      Quick exit <span className="sr-only">(leaves this site at once; or press Escape twice)</span>
    </a>
  );
}

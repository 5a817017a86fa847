'use client';
// Saves a draft shortly after the person stops typing, and says so for screen readers too.
import { useEffect, useRef, useState } from 'react';
import { billingRefusalOf, describeError } from '@/app/_lib/error-message';
import { formatClockTime } from '@/app/_lib/session-time';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; message?: string };

export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<unknown>,
  enabled: boolean,
  delayMs = 800,
) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const saveRef = useRef(save);
  saveRef.current = save;
  const serialized = JSON.stringify(value);
  // What the server already holds (at first, what the page loaded with). Only a value that differs
  // is saved: opening the page must not create a draft, and an effect that runs again (React's
  // development double run, a remount) is no change.
  const held = useRef(serialized);

  useEffect(() => {
    if (!enabled || serialized === held.current) return;
    const timer = setTimeout(() => {
      setState({ kind: 'saving' });
      saveRef.current(JSON.parse(serialized) as T).then(
        () => {
          held.current = serialized;
          setState({ kind: 'saved', at: new Date() });
        },
        // A read-only practice is no connection problem: say what the server said.
        (error: unknown) =>
          setState({
            kind: 'failed',
            message: billingRefusalOf(error) ? describeError(error).message : undefined,
          }),
      );
    }, delayMs);
    return () => clearTimeout(timer);
  }, [serialized, enabled, delayMs]);

  return state;
}

/** What the status line says; a save's time is on the practice's clock, like the sessions'. */
export function describeSaveState(state: SaveState, timeZone: string): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Draft saved at ${formatClockTime(state.at, timeZone)}`;
    case 'failed':
      return (
        state.message ?? 'Could not save your draft. Check your connection; we will try again when you type.'
      );
  }
}

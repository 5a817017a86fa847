'use client';
// Saves a value a moment after typing stops. Saves run one at a time, each carrying the version the
// previous one returned; whatever is typed during a save goes in the next one, so no keystroke is
// lost. A version conflict (changed in another tab) stops saving until the page is reloaded.
import { useCallback, useEffect, useRef, useState } from 'react';
import { billingRefusalOf, refusalCodeOf } from '@/app/_lib/error-message';
import { formatClockTime } from '@/app/_lib/session-time';

export type AutosaveStatus =
  | { kind: 'idle' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed' }
  | { kind: 'conflict'; message: string };

const isConflict = (error: unknown) => refusalCodeOf(error) === 'CONFLICT';

export function useVersionedAutosave<T>({
  value,
  initialVersion,
  save,
  enabled = true,
  delayMs = 1500,
}: {
  value: T;
  initialVersion: Date | null;
  /** Stores `value` over `version` (null: nothing stored yet) and returns the new version. */
  save: (value: T, version: Date | null) => Promise<Date>;
  enabled?: boolean;
  delayMs?: number;
}) {
  const serialized = JSON.stringify(value);
  const [status, setStatus] = useState<AutosaveStatus>({ kind: 'idle' });
  const latest = useRef(serialized);
  latest.current = serialized;
  const stored = useRef(serialized);
  const version = useRef(initialVersion);
  const stopped = useRef(false);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const saveRef = useRef(save);
  saveRef.current = save;

  const saveLatest = useCallback(async () => {
    if (stopped.current || latest.current === stored.current) return;
    const sending = latest.current;
    setStatus({ kind: 'saving' });
    try {
      version.current = await saveRef.current(JSON.parse(sending) as T, version.current);
      stored.current = sending;
      setStatus(latest.current === sending ? { kind: 'saved', at: new Date() } : { kind: 'unsaved' });
    } catch (error) {
      // Neither a conflict nor a read-only practice goes away by trying again: stop and say why.
      if (isConflict(error) || billingRefusalOf(error)) {
        stopped.current = true;
        setStatus({ kind: 'conflict', message: (error as Error).message });
      } else {
        setStatus({ kind: 'failed' });
      }
      throw error;
    }
  }, []);

  /** Saves what is on screen now, after any save already under way; rejects if that save fails. */
  const flush = useCallback(() => {
    const next = queue.current.catch(() => undefined).then(saveLatest);
    queue.current = next;
    return next;
  }, [saveLatest]);

  useEffect(() => {
    if (!enabled || stopped.current || serialized === stored.current) return;
    setStatus({ kind: 'unsaved' });
    const timer = setTimeout(() => flush().catch(() => undefined), delayMs);
    return () => clearTimeout(timer);
  }, [serialized, enabled, delayMs, flush]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (latest.current !== stored.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  return { status, flush, version: () => version.current };
}

/** What the status line says; a save's time is on the practice's clock, like the session's. */
export function describeAutosave(status: AutosaveStatus, timeZone: string): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'unsaved':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved at ${formatClockTime(status.at, timeZone)}`;
    case 'failed':
      return 'Could not save. Check your connection; we will try again when you type.';
    case 'conflict':
      return status.message;
  }
}

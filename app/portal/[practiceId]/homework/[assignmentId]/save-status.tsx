import { CircleAlert, CircleCheck } from 'lucide-react';
import { cn } from '@/app/_components/ui/cn';
import { Spinner } from '@/app/_components/ui/spinner';
import { describeSaveState, type SaveState } from './use-autosave';

/** Where the draft stands, in words and an icon, read out politely as it changes. */
export function SaveStatus({
  state,
  timeZone,
  className,
}: {
  state: SaveState;
  /** The practice's, for the time of the last save. */
  timeZone: string;
  className?: string;
}) {
  return (
    <p
      aria-live="polite"
      className={cn(
        'm-0 flex min-h-6 items-center gap-1.5 text-sm',
        state.kind === 'failed' ? 'font-medium text-danger-700' : 'text-muted',
        className,
      )}
    >
      {state.kind === 'saving' ? <Spinner /> : null}
      {state.kind === 'saved' ? <CircleCheck aria-hidden className="size-4 text-success-700" /> : null}
      {state.kind === 'failed' ? <CircleAlert aria-hidden className="size-4 shrink-0" /> : null}
      {describeSaveState(state, timeZone)}
    </p>
  );
}

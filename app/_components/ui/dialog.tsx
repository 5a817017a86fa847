'use client';
import { X } from 'lucide-react';
import { Dialog as DialogPrimitive } from 'radix-ui';
import type { ReactNode } from 'react';
import { cn } from './cn';

export const Dialog = DialogPrimitive.Root;
export const DialogTrigger = DialogPrimitive.Trigger;

/** A modal panel with a title (required, it names the dialog) and an optional description. */
export function DialogContent({
  title,
  description,
  children,
  className,
  side,
}: {
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  className?: string;
  /** "right" slides in as a sheet from the edge (navigation on a phone). */
  side?: 'right';
}) {
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className="fixed inset-0 z-40 animate-fade-in bg-ink/40" />
      <DialogPrimitive.Content
        className={cn(
          'fixed z-50 animate-fade-in overflow-y-auto bg-surface p-6 shadow-raised focus:outline-none',
          side === 'right'
            ? 'inset-y-0 right-0 w-[min(20rem,88vw)]'
            : 'top-1/2 left-1/2 max-h-[90dvh] w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg',
          className,
        )}
        {...(description ? {} : { 'aria-describedby': undefined })}
      >
        <div className="mb-4 flex items-start justify-between gap-4">
          <DialogPrimitive.Title className="m-0 text-lg font-semibold">{title}</DialogPrimitive.Title>
          <DialogPrimitive.Close className="-m-2 inline-flex size-11 cursor-pointer items-center justify-center rounded-md text-muted hover:bg-paper">
            <X aria-hidden className="size-5" />
            <span className="sr-only">Close</span>
          </DialogPrimitive.Close>
        </div>
        {description ? (
          <DialogPrimitive.Description className="m-0 mb-4 text-muted">
            {description}
          </DialogPrimitive.Description>
        ) : null}
        {children}
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}

import type { InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { cn } from './cn';

const control =
  'w-full rounded-md border border-line-strong bg-surface px-3 text-base text-ink placeholder:text-muted/80 disabled:cursor-not-allowed disabled:bg-paper aria-[invalid=true]:border-danger-700';

export function Input({ className, ...props }: InputHTMLAttributes<HTMLInputElement>) {
  return <input className={cn(control, 'min-h-11 py-2', className)} {...props} />;
}

export function Textarea({ className, rows = 3, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea rows={rows} className={cn(control, 'resize-y py-2.5', className)} {...props} />;
}

/** The browser's own select, styled: the right choice for short lists in plain forms. */
export function NativeSelect({ className, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select className={cn(control, 'min-h-11 py-2 pr-8', className)} {...props} />;
}

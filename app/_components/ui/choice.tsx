import type { InputHTMLAttributes, ReactNode } from 'react';
import { cn } from './cn';

/** A radio button or checkbox with its label (and an optional line under it), one touch target. */
export function Choice({
  label,
  description,
  className,
  type = 'radio',
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: ReactNode; description?: ReactNode }) {
  return (
    <label
      className={cn(
        'flex min-h-11 cursor-pointer items-start gap-3 rounded-md py-2 has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-70',
        className,
      )}
    >
      <input type={type} className="mt-0.5 size-5 shrink-0 accent-brand-700" {...input} />
      <span className="flex min-w-0 flex-col">
        <span className="text-ink">{label}</span>
        {description ? <span className="text-sm text-muted">{description}</span> : null}
      </span>
    </label>
  );
}

/** A group of choices under a legend, in columns where there is room. */
export function ChoiceGroup({
  legend,
  hint,
  children,
  className,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <fieldset className={cn('m-0 mb-4 min-w-0 border-0 p-0', className)}>
      <legend className="mb-1 p-0 text-sm font-semibold text-ink">{legend}</legend>
      {hint ? <p className="m-0 mb-1 text-sm text-muted">{hint}</p> : null}
      <div className="grid gap-x-4 sm:grid-cols-[repeat(auto-fit,minmax(14rem,1fr))]">{children}</div>
    </fieldset>
  );
}

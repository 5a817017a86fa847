import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { cn } from './cn';
import { Input, NativeSelect, Textarea } from './input';

export type ControlA11y = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

/** A label, optional hint and error around one form control, wired so both are announced with it. */
export function LabelledControl({
  id,
  label,
  hint,
  error,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
  children: (a11y: ControlA11y) => ReactNode;
}) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={cn('mb-4 flex flex-col gap-1.5', className)}>
      <label htmlFor={id} className="text-sm font-semibold text-ink">
        {label}
      </label>
      {hint ? (
        <p className="m-0 text-sm text-muted" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined })}
      {error ? (
        <p className="m-0 text-sm font-medium text-danger-700" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

type Labelled = { label: ReactNode; name: string; error?: string; hint?: ReactNode; fieldClassName?: string };

/** A labelled input whose error and hint are announced with it. */
export function Field({
  label,
  name,
  error,
  hint,
  id,
  fieldClassName,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & Labelled) {
  return (
    <LabelledControl
      id={id ?? `field-${name}`}
      label={label}
      hint={hint}
      error={error}
      className={fieldClassName}
    >
      {(a11y) => <Input {...a11y} name={name} {...input} />}
    </LabelledControl>
  );
}

/** A labelled multi-line input whose error and hint are announced with it. */
export function TextAreaField({
  label,
  name,
  error,
  hint,
  id,
  fieldClassName,
  ...textarea
}: TextareaHTMLAttributes<HTMLTextAreaElement> & Labelled) {
  return (
    <LabelledControl
      id={id ?? `field-${name}`}
      label={label}
      hint={hint}
      error={error}
      className={fieldClassName}
    >
      {(a11y) => <Textarea {...a11y} name={name} {...textarea} />}
    </LabelledControl>
  );
}

/** A labelled native select whose error and hint are announced with it. */
export function SelectField({
  label,
  name,
  error,
  hint,
  id,
  fieldClassName,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & Labelled) {
  return (
    <LabelledControl
      id={id ?? `field-${name}`}
      label={label}
      hint={hint}
      error={error}
      className={fieldClassName}
    >
      {(a11y) => <NativeSelect {...a11y} name={name} {...select} />}
    </LabelledControl>
  );
}

import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { cn } from './cn';
import { Input, NativeSelect, Textarea } from './input';

type ControlA11y = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

/** A label, optional hint and error around one form control, wired so both are announced with it. */
function LabelledControl({
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

/** One control wrapped in its label, hint and error, announced together. */
function labelled<Props extends { id?: string }>(
  Control: (props: Props & Partial<ControlA11y>) => ReactNode,
) {
  return function LabelledField({
    label,
    name,
    error,
    hint,
    id,
    fieldClassName,
    ...control
  }: Omit<Props, 'name'> & Labelled) {
    return (
      <LabelledControl
        id={id ?? `field-${name}`}
        label={label}
        hint={hint}
        error={error}
        className={fieldClassName}
      >
        {(a11y) => <Control {...a11y} name={name} {...(control as unknown as Props)} />}
      </LabelledControl>
    );
  };
}

/** A labelled input. */
export const Field = labelled<InputHTMLAttributes<HTMLInputElement>>(Input);
/** A labelled multi-line input. */
export const TextAreaField = labelled<TextareaHTMLAttributes<HTMLTextAreaElement>>(Textarea);
/** A labelled native select. */
export const SelectField = labelled<SelectHTMLAttributes<HTMLSelectElement>>(NativeSelect);

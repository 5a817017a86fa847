import type { InputHTMLAttributes } from 'react';
import { LabelledControl } from './labelled-control';

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  error?: string;
  hint?: string;
};

/** A labelled input whose error and hint are announced with it. */
export function Field({ label, name, error, hint, id, ...input }: FieldProps) {
  return (
    <LabelledControl id={id ?? `field-${name}`} label={label} hint={hint} error={error}>
      {(a11y) => <input {...a11y} name={name} {...input} />}
    </LabelledControl>
  );
}

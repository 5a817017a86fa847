import type { TextareaHTMLAttributes } from 'react';
import { LabelledControl } from './labelled-control';

type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  name: string;
  error?: string;
  hint?: string;
};

/** A labelled multi-line input whose error and hint are announced with it. */
export function TextAreaField({ label, name, error, hint, id, rows = 3, ...textarea }: TextAreaFieldProps) {
  return (
    <LabelledControl id={id ?? `field-${name}`} label={label} hint={hint} error={error}>
      {(a11y) => <textarea {...a11y} name={name} rows={rows} {...textarea} />}
    </LabelledControl>
  );
}

export type FormState = {
  error?: string;
  fieldErrors?: Record<string, string>;
  success?: string;
  /** What was typed, sent back so the form shows it again after React resets it (never a password). */
  values?: Record<string, string>;
};

/** The named text fields of a posted form, to send back with an answer; anything else is left out. */
export function valuesOf(form: FormData, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = form.get(name);
    if (typeof value === 'string') values[name] = value.slice(0, 500);
  }
  return values;
}

/** First message per field from a zod error, keyed by the field's top-level name. */
export function fieldErrorsOf(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? 'form');
    fields[key] ??= issue.message;
  }
  return fields;
}

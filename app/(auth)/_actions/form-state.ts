export type FormState = { error?: string; fieldErrors?: Record<string, string>; success?: string };

/** First message per field from a zod error, keyed by the field's top-level name. */
export function fieldErrorsOf(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? 'form');
    fields[key] ??= issue.message;
  }
  return fields;
}

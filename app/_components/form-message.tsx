/**
 * The result of a form, read out by screen readers when it appears: errors as alerts, success
 * politely. Both regions are always in the page so assistive technology is watching them.
 */
export function FormMessage({ error, success }: { error?: string | null; success?: string | null }) {
  return (
    <>
      <div role="alert">{error ? <p className="alert alert-error">{error}</p> : null}</div>
      <div aria-live="polite" role="status">
        {success ? <p className="alert alert-success">{success}</p> : null}
      </div>
    </>
  );
}

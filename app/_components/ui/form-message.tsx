import { Alert } from './alert';

/**
 * The result of a form, read out by screen readers when it appears: errors as alerts, success
 * politely. Both regions are always in the page so assistive technology is watching them.
 */
export function FormMessage({ error, success }: { error?: string | null; success?: string | null }) {
  return (
    <>
      <div role="alert">
        {error ? (
          <Alert tone="danger" className="mb-4">
            <p>{error}</p>
          </Alert>
        ) : null}
      </div>
      <div aria-live="polite" role="status">
        {success ? (
          <Alert tone="success" className="mb-4">
            <p>{success}</p>
          </Alert>
        ) : null}
      </div>
    </>
  );
}

// Checks the log against a checkpoint kept outside the database (from a data export's manifest):
// a plain GET form, like the filters, that works without JavaScript.
import { ChevronRight } from 'lucide-react';
import { Alert } from '@/app/_components/ui/alert';
import { Button } from '@/app/_components/ui/button';
import { TextAreaField } from '@/app/_components/ui/field';

export function KeptCheckpointForm({ value, invalid }: { value?: string; invalid: boolean }) {
  return (
    <details open={Boolean(value)} className="group rounded-lg border border-line bg-surface shadow-card">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 px-5 py-3 font-semibold text-brand-700 [&::-webkit-details-marker]:hidden">
        <ChevronRight aria-hidden className="size-4 transition-transform group-open:rotate-90" />
        Check against a checkpoint kept in a data export
      </summary>
      <form method="get" className="px-5 pb-5" aria-label="Check against a checkpoint from a data export">
        <TextAreaField
          id="audit-kept-checkpoint"
          label="Checkpoint from a data export"
          name="checkpoint"
          rows={3}
          className="font-mono text-sm"
          defaultValue={value ?? ''}
          aria-invalid={invalid || undefined}
          hint={
            <>
              Paste <code>auditCheckpoint</code> from the export’s <code>manifest.json</code> (or a row of{' '}
              <code>audit_checkpoints.json</code>). It shows events or checkpoints deleted since that export.
            </>
          }
        />
        {invalid ? (
          <Alert tone="danger" role="alert" className="mb-4">
            <p>
              That is not a checkpoint: paste the whole JSON object, with n, seq, hash, created_at and mac.
            </p>
          </Alert>
        ) : null}
        <Button type="submit" variant="secondary">
          Check the log against it
        </Button>
      </form>
    </details>
  );
}

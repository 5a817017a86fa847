'use client';
// Start an export and follow it: the list polls while an export is queued or running, and a
// finished one has its download link.
import { useMutation, useQuery } from '@tanstack/react-query';
import { FormMessage } from '../../../../_components/ui/form-message';
import { describeError } from '../../../../_lib/error-message';
import type { RouterOutputs } from '../../../../_lib/router-types';
import { formatInstant } from '../../../../_lib/session-time';
import { useTRPC } from '../../../../_lib/trpc-client';

type ExportItem = RouterOutputs['exports']['find']['items'][number];

const STATUS: Record<ExportItem['status'], string> = {
  queued: 'Waiting to start',
  running: 'Being prepared',
  ready: 'Ready',
  failed: 'Failed',
  expired: 'Expired',
};

const live = (items: readonly ExportItem[]) =>
  items.some((x) => x.status === 'queued' || x.status === 'running');

function size(bytes: number | null) {
  if (bytes === null) return '';
  return bytes < 1_000_000
    ? `${Math.max(1, Math.round(bytes / 1000))} KB`
    : `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export function DataExportPanel({
  practiceId,
  initial,
  timeZone,
}: {
  practiceId: string;
  initial: ExportItem[];
  timeZone: string;
}) {
  const trpc = useTRPC();
  const list = useQuery({
    ...trpc.exports.find.queryOptions(),
    initialData: { items: initial },
    refetchInterval: (query) => (live(query.state.data?.items ?? []) ? 1000 : false),
  });
  const request = useMutation(trpc.exports.request.mutationOptions({ onSuccess: () => list.refetch() }));
  const items = list.data.items;
  const making = live(items);

  return (
    <section className="card" aria-labelledby="exports-heading">
      <h2 id="exports-heading">Exports</h2>
      <FormMessage error={request.error ? describeError(request.error).message : null} />
      <button
        type="button"
        className="button"
        disabled={making || request.isPending}
        onClick={() => request.mutate()}
      >
        {making ? 'Export in progress…' : 'Export all practice data'}
      </button>
      {items.length === 0 ? (
        <p className="muted">No exports yet.</p>
      ) : (
        <ul className="list" aria-label="Exports">
          {items.map((x) => (
            <li key={x.id}>
              <span>
                <strong>{formatInstant(x.createdAt, timeZone)}</strong> · requested by {x.requestedBy}
                <br />
                <span aria-live="polite" className="muted">
                  {STATUS[x.status]}
                  {x.status === 'running' || x.status === 'queued'
                    ? ` (${x.progressDone} of ${x.progressTotal} parts)`
                    : ''}
                  {x.status === 'ready' && x.expiresAt
                    ? ` · kept until ${formatInstant(x.expiresAt, timeZone)}`
                    : ''}
                  {x.status === 'failed' && x.error ? ` · ${x.error}` : ''}
                </span>
                {x.status === 'running' || x.status === 'queued' ? (
                  <>
                    <br />
                    <progress
                      max={x.progressTotal || 1}
                      value={x.progressDone}
                      aria-label={`Export of ${formatInstant(x.createdAt, timeZone)}`}
                    />
                  </>
                ) : null}
              </span>
              {x.status === 'ready' ? (
                <a
                  className="button secondary"
                  href={`/p/${practiceId}/data-export/${x.id}/download`}
                  download
                >
                  Download ZIP <span className="muted">({size(x.sizeBytes)})</span>
                </a>
              ) : (
                <span className={`badge${x.status === 'failed' ? ' danger' : ''}`}>{STATUS[x.status]}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

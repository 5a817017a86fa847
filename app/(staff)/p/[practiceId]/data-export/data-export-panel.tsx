'use client';
// Start an export and follow it: the list polls while an export is queued or running, and a
// finished one has its download link.
import { useMutation, useQuery } from '@tanstack/react-query';
import { Archive, Download } from 'lucide-react';
import { PendingButton } from '@/app/_components/pending-button';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Card, CardDescription, CardTitle } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { FormMessage } from '@/app/_components/ui/form-message';
import { describeError } from '@/app/_lib/error-message';
import type { RouterOutputs } from '@/app/_lib/router-types';
import { formatInstant } from '@/app/_lib/session-time';
import { useTRPC } from '@/app/_lib/trpc-client';

type ExportItem = RouterOutputs['exports']['find']['items'][number];

const STATUS: Record<ExportItem['status'], string> = {
  queued: 'Waiting to start',
  running: 'Being prepared',
  ready: 'Ready',
  failed: 'Failed',
  expired: 'Expired',
};

const TONES: Record<ExportItem['status'], 'neutral' | 'brand' | 'success' | 'danger'> = {
  queued: 'neutral',
  running: 'brand',
  ready: 'success',
  failed: 'danger',
  expired: 'neutral',
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
    <Card aria-labelledby="exports-heading">
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <CardTitle id="exports-heading">Exports</CardTitle>
          <CardDescription>One at a time; this list follows it until it is ready.</CardDescription>
        </div>
        <PendingButton
          pending={making || request.isPending}
          pendingLabel={making ? 'Export in progress…' : 'Starting…'}
          onClick={() => request.mutate()}
        >
          Export all practice data
        </PendingButton>
      </div>
      <FormMessage error={request.error ? describeError(request.error).message : null} />
      {items.length === 0 ? (
        <EmptyState icon={Archive} title="No exports yet.">
          <p>Choose “Export all practice data”: the file is ready in a minute or two, and kept for 7 days.</p>
        </EmptyState>
      ) : (
        <ul className="m-0 list-none divide-y divide-line p-0" aria-label="Exports">
          {items.map((x) => {
            const working = x.status === 'running' || x.status === 'queued';
            return (
              <li key={x.id} className="flex flex-wrap items-center justify-between gap-3 py-4">
                <div className="flex min-w-0 flex-[1_1_16rem] flex-col gap-1">
                  <p className="m-0">
                    <strong>{formatInstant(x.createdAt, timeZone)}</strong>
                    <span className="text-muted"> · requested by {x.requestedBy}</span>
                  </p>
                  <p aria-live="polite" className="m-0 flex flex-wrap items-center gap-2 text-sm text-muted">
                    <Badge tone={TONES[x.status]}>{STATUS[x.status]}</Badge>
                    {working ? `${x.progressDone} of ${x.progressTotal} parts` : ''}
                    {x.status === 'ready' && x.expiresAt
                      ? `kept until ${formatInstant(x.expiresAt, timeZone)}`
                      : ''}
                    {x.status === 'failed' && x.error ? x.error : ''}
                  </p>
                  {working ? (
                    <progress
                      max={x.progressTotal || 1}
                      value={x.progressDone}
                      aria-label={`Export of ${formatInstant(x.createdAt, timeZone)}`}
                      className="h-2 w-full max-w-sm overflow-hidden rounded-full accent-brand-700"
                    />
                  ) : null}
                </div>
                {x.status === 'ready' ? (
                  <Button asChild variant="secondary">
                    <a href={`/p/${practiceId}/data-export/${x.id}/download`} download>
                      <Download aria-hidden />
                      Download ZIP <span className="font-normal text-muted">({size(x.sizeBytes)})</span>
                    </a>
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

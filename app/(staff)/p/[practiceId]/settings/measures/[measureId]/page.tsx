import { Lock } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Page, PageHeader } from '@/app/_components/ui/page';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { canChangeSettings, OwnersOnly } from '../../owners-only';
import { PracticeMeasureForm } from '../practice-measure-form';

export const metadata: Metadata = { title: 'Edit a measure' };

export default async function EditPracticeMeasurePage({
  params,
}: {
  params: Promise<{ practiceId: string; measureId: string }>;
}) {
  const { practiceId, measureId } = await params;
  const api = await serverApi(practiceId);
  const back = <Link href={`/p/${practiceId}/settings#measures`}>Practice settings</Link>;
  const practice = await loadOrRedirect(() => api.practice.current());
  if (!canChangeSettings(practice.role)) return <OwnersOnly title="Edit a measure" back={back} />;
  const found = await loadOrRedirect(() => api.practiceMeasures.get({ id: measureId }));
  if (found.answered || found.retiredAt)
    return (
      <Page width="narrow">
        <PageHeader back={back} title={found.measure.title} />
        <EmptyState icon={Lock} title="This measure can no longer change">
          <p>
            {found.retiredAt
              ? 'It is retired.'
              : 'Someone has answered it, and answers are kept by its questions.'}{' '}
            To ask something different, retire it and add a new measure.
          </p>
        </EmptyState>
      </Page>
    );
  return (
    <Page>
      <PageHeader
        back={back}
        title={`Edit ${found.measure.title}`}
        description={<p>No one has answered it yet, so everything can still change.</p>}
      />
      <PracticeMeasureForm practiceId={practiceId} measureId={measureId} current={found.measure} />
    </Page>
  );
}

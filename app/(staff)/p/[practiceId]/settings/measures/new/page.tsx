import type { Metadata } from 'next';
import Link from 'next/link';
import { Page, PageHeader } from '@/app/_components/ui/page';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { canChangeSettings, OwnersOnly } from '../../owners-only';
import { PracticeMeasureForm } from '../practice-measure-form';

export const metadata: Metadata = { title: 'Add a measure' };

export default async function NewPracticeMeasurePage({
  params,
}: {
  params: Promise<{ practiceId: string }>;
}) {
  const { practiceId } = await params;
  const api = await serverApi(practiceId);
  const back = <Link href={`/p/${practiceId}/settings#measures`}>Practice settings</Link>;
  const practice = await loadOrRedirect(() => api.practice.current());
  if (!canChangeSettings(practice.role)) return <OwnersOnly title="Add a measure" back={back} />;
  return (
    <Page>
      <PageHeader
        back={back}
        title="Add a measure"
        description={
          <p>
            A questionnaire your practice is licensed to use. Counselors can then ask it of a couple, like the
            built-in ones.
          </p>
        }
      />
      <PracticeMeasureForm practiceId={practiceId} />
    </Page>
  );
}

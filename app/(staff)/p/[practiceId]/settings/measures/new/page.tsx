import type { Metadata } from 'next';
import Link from 'next/link';
import { Page, PageHeader } from '@/app/_components/ui/page';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { PracticeMeasureForm } from '../practice-measure-form';

export const metadata: Metadata = { title: 'Add a measure' };

export default async function NewPracticeMeasurePage({
  params,
}: {
  params: Promise<{ practiceId: string }>;
}) {
  const { practiceId } = await params;
  const api = await serverApi(practiceId);
  // Only owners and admins: anyone else is sent where the procedure's refusal says.
  await loadOrRedirect(() => api.practiceMeasures.find());
  return (
    <Page>
      <PageHeader
        back={<Link href={`/p/${practiceId}/settings#measures`}>Practice settings</Link>}
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

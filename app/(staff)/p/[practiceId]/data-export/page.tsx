import type { Metadata } from 'next';
import { Page, PageHeader } from '@/app/_components/ui/page';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { DataExportPanel } from './data-export-panel';

export const metadata: Metadata = { title: 'Data export' };

export default async function DataExportPage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const api = await serverApi(practiceId);
  const [practice, exports] = await loadOrRedirect(() =>
    Promise.all([api.practice.current(), api.exports.find()]),
  );
  return (
    <Page>
      <PageHeader
        title="Data export"
        description={
          <div className="flex max-w-prose flex-col gap-2">
            <p>
              Download everything the practice holds in Ninefold as one ZIP file: a folder per kind of record
              (couples, sessions, session notes, homework, answers, team, audit log…) with a JSON and a CSV
              file each, and a manifest that describes them.
            </p>
            <p>
              Session notes and shared answers are decrypted; clients’ private answers and process notes stay
              with their authors. It works whatever the state of the subscription, and the file is kept for 7
              days.
            </p>
          </div>
        }
      />
      <DataExportPanel practiceId={practiceId} initial={exports.items} timeZone={practice.timeZone} />
    </Page>
  );
}

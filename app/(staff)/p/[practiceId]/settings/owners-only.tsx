import { Lock } from 'lucide-react';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Page, PageHeader } from '@/app/_components/ui/page';

export const canChangeSettings = (role: string) => role === 'owner' || role === 'admin';

/** What a counselor sees on a settings page: who can change it, and where their own settings are. */
export function OwnersOnly({ title, back }: { title: string; back?: React.ReactNode }) {
  return (
    <Page width="narrow">
      <PageHeader back={back} title={title} />
      <EmptyState icon={Lock} title="Settings are for owners and admins">
        <p>Ask one of them to change the practice’s settings. Your own email settings are under your name.</p>
      </EmptyState>
    </Page>
  );
}

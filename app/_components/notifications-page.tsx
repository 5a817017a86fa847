import type { ReactNode } from 'react';
import { timeZoneChoices } from '@/server/services/practices/time-zone';
import { loadOrRedirect, serverApi } from '../_lib/server-api';
import { NotificationPreferencesForm } from './notification-preferences-form';
import { Page, PageHeader } from './ui/page';

/** The signed-in person's email settings, for staff and clients alike; `intro` says what they cover. */
export async function NotificationsPage({ practiceId, intro }: { practiceId: string; intro: ReactNode }) {
  const api = await serverApi(practiceId);
  const current = await loadOrRedirect(() => api.preferences.get());
  return (
    <Page className="max-w-2xl">
      <PageHeader title="Email notifications" description={<p>{intro}</p>} />
      <NotificationPreferencesForm current={current} timeZones={timeZoneChoices()} />
    </Page>
  );
}

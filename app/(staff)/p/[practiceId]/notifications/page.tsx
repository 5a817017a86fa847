import type { Metadata } from 'next';
import { timeZoneChoices } from '../../../../../server/services/practices/time-zone';
import { NotificationPreferencesForm } from '../../../../_components/notification-preferences-form';
import { loadOrRedirect, serverApi } from '../../../../_lib/server-api';

export const metadata: Metadata = { title: 'Email notifications' };

export default async function StaffNotificationsPage({
  params,
}: {
  params: Promise<{ practiceId: string }>;
}) {
  const { practiceId } = await params;
  const api = await serverApi(practiceId);
  const current = await loadOrRedirect(() => api.preferences.get());
  return (
    <main id="main" className="narrow">
      <h1>Email notifications</h1>
      <p className="muted">These are yours alone, in every practice you work in.</p>
      <NotificationPreferencesForm current={current} timeZones={timeZoneChoices()} />
    </main>
  );
}

import type { Metadata } from 'next';
import { timeZoneChoices } from '../../../../server/services/practices/time-zone';
import { NotificationPreferencesForm } from '../../../_components/notification-preferences-form';
import { loadOrRedirect, serverApi } from '../../../_lib/server-api';

export const metadata: Metadata = { title: 'Email notifications' };

export default async function PortalNotificationsPage({
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
      <p className="muted">
        Our emails only say that something is waiting for you, never what you or your partner wrote.
      </p>
      <NotificationPreferencesForm current={current} timeZones={timeZoneChoices()} />
    </main>
  );
}

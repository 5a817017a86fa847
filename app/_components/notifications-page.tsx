import type { ReactNode } from 'react';
import { timeZoneChoices } from '../../server/services/practices/time-zone';
import { loadOrRedirect, serverApi } from '../_lib/server-api';
import { NotificationPreferencesForm } from './notification-preferences-form';

/** The signed-in person's email settings, for staff and clients alike; `intro` says what they cover. */
export async function NotificationsPage({ practiceId, intro }: { practiceId: string; intro: ReactNode }) {
  const api = await serverApi(practiceId);
  const current = await loadOrRedirect(() => api.preferences.get());
  return (
    <main id="main" className="narrow">
      <h1>Email notifications</h1>
      <p className="muted">{intro}</p>
      <NotificationPreferencesForm current={current} timeZones={timeZoneChoices()} />
    </main>
  );
}

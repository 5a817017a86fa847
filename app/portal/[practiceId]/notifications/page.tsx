import type { Metadata } from 'next';
import { NotificationsPage } from '@/app/_components/notifications-page';

export const metadata: Metadata = { title: 'Email notifications' };

export default async function PortalNotificationsPage({
  params,
}: {
  params: Promise<{ practiceId: string }>;
}) {
  const { practiceId } = await params;
  return (
    <NotificationsPage
      practiceId={practiceId}
      intro="Our emails only say that something is waiting for you, never what you or your partner wrote."
    />
  );
}

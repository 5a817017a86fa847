import type { Metadata } from 'next';
import { NotificationsPage } from '@/app/_components/notifications-page';

export const metadata: Metadata = { title: 'Email notifications' };

export default async function StaffNotificationsPage({
  params,
}: {
  params: Promise<{ practiceId: string }>;
}) {
  const { practiceId } = await params;
  return (
    <NotificationsPage
      practiceId={practiceId}
      intro="These are yours alone, in every practice you work in."
    />
  );
}
